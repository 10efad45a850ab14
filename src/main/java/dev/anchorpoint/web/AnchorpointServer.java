package dev.anchorpoint.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The live scorecard server: REST API, the vosk-compatible audio sockets, the scorecard events socket and the
 * browser page. Started by the CLI's {@code serve} subcommand; Spring Boot options ({@code --server.port=N},
 * {@code --spring.datasource.url=...}) pass through.
 */
@SpringBootApplication(scanBasePackages = {"dev.anchorpoint.web", "dev.anchorpoint.store"})
public class AnchorpointServer {

    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication app = new SpringApplication(AnchorpointServer.class);
        return app.run(args);
    }

    public static void main(String[] args) {
        start(args);
    }
}
