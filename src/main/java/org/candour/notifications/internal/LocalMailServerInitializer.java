package org.candour.notifications.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts a {@link LocalMailServer} when {@code candour.mail.local-server.enabled} is true (the demo profile and the
 * tests), on {@code candour.mail.local-server.port} or a free port when that is 0, and points {@code spring.mail.*}
 * at it before any bean is created. Registered in {@code META-INF/spring.factories}; stopped with the context.
 */
public final class LocalMailServerInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String BEAN_NAME = "localMailServer";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (!environment.getProperty("candour.mail.local-server.enabled", Boolean.class, false)) {
            return;
        }
        int configured = environment.getProperty("candour.mail.local-server.port", Integer.class, 0);
        var server = new LocalMailServer(configured == 0 ? freePort() : configured);
        server.start();
        environment.getPropertySources().addFirst(new MapPropertySource("candourLocalMailServer", Map.of(
                "spring.mail.host", "127.0.0.1", "spring.mail.port", server.port(),
                "spring.mail.username", "", "spring.mail.password", "")));
        context.addBeanFactoryPostProcessor(beanFactory -> {
            beanFactory.registerSingleton(BEAN_NAME, server);
            if (beanFactory instanceof DefaultListableBeanFactory registry) {
                registry.registerDisposableBean(BEAN_NAME, server::stop);
            }
        });
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the local mail server", e);
        }
    }
}
