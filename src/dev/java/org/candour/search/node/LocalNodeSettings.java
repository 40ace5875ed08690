package org.candour.search.node;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link LocalElasticsearchNode} needs: the assembled home, a work directory for its config, data, logs and
 * temporary files, its ports ({@code 0} picks a free port), and Elasticsearch settings that override the home's
 * {@code elasticsearch.yml} (empty for the single local node; a cluster's names and discovery, see
 * {@link ClusterNodeMain}).
 */
public record LocalNodeSettings(Path home, Path workDir, int httpPort, int transportPort, String heapSize,
        Duration startupTimeout, Map<String, String> settings) {

    public static final String DEFAULT_HEAP_SIZE = "512m";

    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofMinutes(2);

    public LocalNodeSettings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(workDir, "workDir");
        requirePort(httpPort, "httpPort");
        requirePort(transportPort, "transportPort");
        if (!heapSize.matches("\\d+[kmgKMG]?")) {
            throw new IllegalArgumentException("heapSize must look like 512m, got: " + heapSize);
        }
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("startupTimeout must be positive");
        }
        settings = Map.copyOf(settings);
        home = home.toAbsolutePath().normalize();
        workDir = workDir.toAbsolutePath().normalize();
    }

    public LocalNodeSettings(Path home, Path workDir, int httpPort, int transportPort, String heapSize,
            Duration startupTimeout) {
        this(home, workDir, httpPort, transportPort, heapSize, startupTimeout, Map.of());
    }

    /** Free ports chosen at start, as for tests. */
    public static LocalNodeSettings withFreePorts(Path home, Path workDir) {
        return new LocalNodeSettings(home, workDir, 0, 0, DEFAULT_HEAP_SIZE, DEFAULT_STARTUP_TIMEOUT);
    }

    private static void requirePort(int port, String name) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be 0 (free port) or a port number, got: " + port);
        }
    }
}
