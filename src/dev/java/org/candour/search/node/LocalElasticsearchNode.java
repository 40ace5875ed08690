package org.candour.search.node;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.candour.search.node.StderrWatcher.NodeStartException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Elasticsearch running as a child process of this JVM, started from a home assembled by the build.
 * The node reads its start-up arguments from stdin and shuts down when stdin closes, so it never outlives this JVM.
 * Started by root, the node runs as {@code nobody} (Elasticsearch refuses root), see {@link NodeUser}.
 */
public final class LocalElasticsearchNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalElasticsearchNode.class);

    private static final int SHUTDOWN_MARKER = 0x1B;

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);

    private static final int LOG_TAIL_LINES = 40;

    private final Process process;

    private final OutputStream stdin;

    private final URI httpUri;

    private final NodeWorkDir workDir;

    private LocalElasticsearchNode(Process process, URI httpUri, NodeWorkDir workDir) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.httpUri = httpUri;
        this.workDir = workDir;
    }

    /** Starts a node and returns once it is ready to serve requests. */
    public static LocalElasticsearchNode start(LocalNodeSettings settings) {
        long started = System.nanoTime();
        NodeUser user = NodeUser.forCurrentProcess();
        NodeHome home = NodePlacement.reachableHome(NodeHome.at(settings.home()), user);
        NodeWorkDir workDir = NodePlacement.reachableWorkDir(settings.workDir(), home, user);
        int httpPort = FreePorts.resolve(settings.httpPort(), "HTTP");
        int transportPort = freeTransportPort(settings.transportPort(), httpPort);
        NodeCommandLine commandLine = new NodeCommandLine(home, workDir);

        byte[] serverArgs = NodeProcesses.writeServerArgs(
                user.wrap(commandLine.serverArgsWriter(httpPort, transportPort)), workDir);
        Process process = NodeProcesses.startServer(user.wrap(commandLine.server(settings.heapSize())), workDir);
        LocalElasticsearchNode node = new LocalElasticsearchNode(process,
                URI.create("http://127.0.0.1:" + httpPort), workDir);
        node.awaitReady(serverArgs, settings.startupTimeout());
        log.info("Local Elasticsearch node ready at {} in {} ms (pid {}, run as {}, files in {})", node.httpUri,
                Duration.ofNanos(System.nanoTime() - started).toMillis(), process.pid(), user, workDir.root());
        return node;
    }

    public URI httpUri() {
        return httpUri;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Where the node keeps its files: the configured work directory, or a folder under {@code /var/tmp} when the
     * node runs as {@code nobody} and cannot reach the configured one.
     */
    public Path workDir() {
        return workDir.root();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Asks the node to shut down (as Elasticsearch's launcher does), and ends it if it does not. Idempotent. */
    public synchronized void stop() {
        if (process.isAlive()) {
            try {
                stdin.write(SHUTDOWN_MARKER);
                stdin.flush();
            }
            catch (IOException alreadyClosed) {
                // The node reads a closed stdin as the same request.
            }
        }
        try {
            stdin.close();
        }
        catch (IOException ignored) {
            // Nothing more to tell the node.
        }
        if (!waitForExit(GRACEFUL_STOP)) {
            log.warn("Local Elasticsearch node (pid {}) did not stop within {} s; ending it", pid(),
                    GRACEFUL_STOP.toSeconds());
            process.destroy();
            if (!waitForExit(Duration.ofSeconds(10))) {
                process.destroyForcibly();
                waitForExit(Duration.ofSeconds(10));
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "LocalElasticsearchNode[" + httpUri + ", pid " + process.pid() + ", " + workDir.root() + "]";
    }

    private void awaitReady(byte[] serverArgs, Duration timeout) {
        StderrWatcher stderr = StderrWatcher.watch(process, workDir.stderrLog());
        try {
            stdin.write(serverArgs);
            stdin.flush();
        }
        catch (IOException exitedEarly) {
            // The node is gone already; waiting for it below reports its exit.
        }
        try {
            stderr.awaitReady(timeout);
        }
        catch (NodeStartException ex) {
            stop();
            throw new IllegalStateException("The local Elasticsearch node (work directory " + workDir.root()
                    + ") did not start: " + ex.getMessage()
                    + LogTail.of(LOG_TAIL_LINES, workDir.stdoutLog(), workDir.stderrLog()), ex);
        }
    }

    private static int freeTransportPort(int requested, int httpPort) {
        int port = FreePorts.resolve(requested, "transport");
        return requested == 0 && port == httpPort ? FreePorts.resolve(0, "transport") : port;
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
