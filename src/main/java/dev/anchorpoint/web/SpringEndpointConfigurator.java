package dev.anchorpoint.web;

import jakarta.websocket.server.ServerEndpointConfig;
import org.springframework.context.ApplicationContext;

/**
 * Creates a {@code @ServerEndpoint} instance per connection with its Spring dependencies injected. The container
 * instantiates this configurator while the application context registers its endpoints, so the context current
 * at that moment is the one this configurator serves (tests may run several contexts in one JVM).
 */
public class SpringEndpointConfigurator extends ServerEndpointConfig.Configurator {
    private static volatile ApplicationContext current;
    private final ApplicationContext context = current;

    static void use(ApplicationContext context) {
        current = context;
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) throws InstantiationException {
        ApplicationContext ctx = context != null ? context : current;
        if (ctx == null) {
            throw new InstantiationException("the application context is not ready for " + endpointClass.getName());
        }
        return ctx.getAutowireCapableBeanFactory().createBean(endpointClass);
    }
}
