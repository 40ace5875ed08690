package org.candour.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Production (profile {@code postgres}) refuses to start in Vaadin development mode: development mode serves the
 * development tools and live reload, and reports the server's internals to any browser. A jar built with
 * {@code -Pproduction} has no development server on its class path and a build-info file that says production;
 * anything else stops the start with the reason. {@code candour.vaadin.allow-development-mode=true} lets a developer
 * run the portal on PostgreSQL from the source tree (and the tests' PostgreSQL pass do so).
 */
@Component
@Profile("postgres")
class ProductionModeGuard {

    static final String DEVELOPMENT_SERVER = "com.vaadin.base.devserver.DevModeHandlerManagerImpl";
    static final String BUILD_INFO = "META-INF/VAADIN/config/flow-build-info.json";

    ProductionModeGuard(@Value("${vaadin.productionMode:false}") boolean productionModeProperty,
                        @Value("${candour.vaadin.allow-development-mode:false}") boolean allowDevelopmentMode) {
        ClassLoader classes = ProductionModeGuard.class.getClassLoader();
        if (!allowDevelopmentMode && developmentModeIsPossible(classes, productionModeProperty)) {
            throw new IllegalStateException("Refusing to start: the postgres (production) profile is running with "
                    + "Vaadin in development mode. Build the jar or image with -Pproduction (README, \"Running in "
                    + "production\"), or set candour.vaadin.allow-development-mode=true for a local run.");
        }
    }

    /** Development mode needs the development server on the class path, and production mode not asked for. */
    static boolean developmentModeIsPossible(ClassLoader classes, boolean productionModeProperty) {
        return ClassUtils.isPresent(DEVELOPMENT_SERVER, classes) && !productionModeProperty
                && !buildInfoSaysProduction(classes);
    }

    private static boolean buildInfoSaysProduction(ClassLoader classes) {
        try (InputStream in = classes.getResourceAsStream(BUILD_INFO)) {
            if (in == null) {
                return false;
            }
            String info = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return info.replaceAll("\\s", "").contains("\"productionMode\":true");
        } catch (IOException unreadable) {
            return false;
        }
    }
}
