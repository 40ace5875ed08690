package org.candour.search.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs one node of a multi-node cluster from the assembled home, for {@code .ci/cluster} (the production topology
 * run natively). Its own process: the node lives as long as this JVM, is started again by the {@link NodeWatchdog}
 * if it dies (as {@code restart: unless-stopped} does in {@code docker-compose.yml}), and stops with SIGTERM.
 *
 * <p>Usage: {@code ClusterNodeMain <home> <workDir> <httpPort> <transportPort> <heap> <pidFile> [setting=value ...]}.
 * The pid file holds the Elasticsearch server's process id, renewed after each restart.
 */
public final class ClusterNodeMain {

    private ClusterNodeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 6) {
            throw new IllegalArgumentException("usage: ClusterNodeMain <home> <workDir> <httpPort> <transportPort> "
                    + "<heap> <pidFile> [setting=value ...]");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 6; i < args.length; i++) {
            int separator = args[i].indexOf('=');
            settings.put(args[i].substring(0, separator), args[i].substring(separator + 1));
        }
        LocalNodeSettings nodeSettings = new LocalNodeSettings(Path.of(args[0]), Path.of(args[1]),
                Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4], Duration.ofMinutes(10), settings);
        Path pidFile = Path.of(args[5]);
        LocalElasticsearchNode node = LocalElasticsearchNode.start(nodeSettings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.stop();
            stopped.countDown();
        }, "cluster-node-shutdown"));
        long written = -1;
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            long pid = node.pid();
            if (pid != written) {
                writePid(pidFile, pid);
                written = pid;
            }
        }
    }

    private static void writePid(Path pidFile, long pid) {
        try {
            Path staging = pidFile.resolveSibling(pidFile.getFileName() + ".tmp");
            Files.writeString(staging, pid + "\n");
            Files.move(staging, pidFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write " + pidFile, ex);
        }
    }
}
