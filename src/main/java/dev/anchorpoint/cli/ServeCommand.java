package dev.anchorpoint.cli;

import dev.anchorpoint.web.AnchorpointServer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = {
        "Start the live scorecard server (default http://localhost:8080).",
        "Spring Boot options pass through, e.g. --server.port=9090 or --spring.datasource.url=jdbc:postgresql://..."})
final class ServeCommand implements Callable<Integer> {
    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        ConfigurableApplicationContext ctx = AnchorpointServer.start(springArgs.toArray(new String[0]));
        // main() exits with the command's code, so wait here until the server is shut down (Ctrl-C, actuator).
        CountDownLatch closed = new CountDownLatch(1);
        ctx.addApplicationListener((ApplicationListener<ContextClosedEvent>) e -> closed.countDown());
        if (ctx.isActive()) {
            closed.await();
        }
        return 0;
    }
}
