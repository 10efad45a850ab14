package dev.anchorpoint.web;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.server.standard.ServerEndpointExporter;

/** Registers the Jakarta WebSocket endpoints with the embedded Tomcat. */
@Configuration
public class WebSocketConfig {
    @Bean
    public ServerEndpointExporter serverEndpointExporter(ApplicationContext context) {
        SpringEndpointConfigurator.use(context);
        ServerEndpointExporter exporter = new ServerEndpointExporter();
        exporter.setAnnotatedEndpointClasses(AsrSocket.class, InterviewAudioSocket.class,
                InterviewEventsSocket.class);
        return exporter;
    }
}
