package org.candour.search.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The home directory assembled by {@code src/elasticsearch/pom.xml}: where each part of the node lives. */
record NodeHome(Path root) {

    /** Written last by the assembly, so its presence means the home is complete. */
    static final String COMPLETION_MARKER = ".assembled";

    static NodeHome at(Path root) {
        Path normalized = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(normalized.resolve(COMPLETION_MARKER))) {
            throw new IllegalStateException("No assembled Elasticsearch home at " + normalized + ". The build "
                    + "creates it (./mvnw generate-resources, also part of ./mvnw spring-boot:run and ./mvnw verify); "
                    + "or set spring.elasticsearch.uris to use an existing cluster.");
        }
        return new NodeHome(normalized);
    }

    Path completionMarker() {
        return root.resolve(COMPLETION_MARKER);
    }

    Path lib() {
        return root.resolve("lib");
    }

    Path configTemplate() {
        return root.resolve("config");
    }

    Path launcherJar() {
        return root.resolve("launcher/candour-node-launcher.jar");
    }

    Path entitlementAgentJar() {
        return onlyJarIn(lib().resolve("entitlement-agent"));
    }

    Path entitlementBridgeJar() {
        return onlyJarIn(lib().resolve("entitlement-bridge"));
    }

    /** A jar every node process must be able to read: used to check the access of an unprivileged user. */
    Path serverJar() {
        return onlyJarIn(lib(), "elasticsearch-[0-9]*.jar");
    }

    private static Path onlyJarIn(Path dir) {
        return onlyJarIn(dir, "*.jar");
    }

    private static Path onlyJarIn(Path dir, String glob) {
        try (Stream<Path> files = Files.list(dir)) {
            var matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
            return files.filter(file -> matcher.matches(file.getFileName()))
                    .reduce((first, second) -> {
                        throw new IllegalStateException("More than one " + glob + " in " + dir);
                    })
                    .orElseThrow(() -> new IllegalStateException("No " + glob + " in " + dir));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list " + dir, ex);
        }
    }
}
