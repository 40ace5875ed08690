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
 * An Elasticsearch node running as a child process of this JVM, started from a home assembled by the build.
 * The node reads its start-up arguments from stdin and shuts down when stdin closes, so it never outlives this JVM.
 * Started by root, the node runs as {@code nobody} (Elasticsearch refuses root), see {@link NodeUser}.
 *
 * <p>If the node's process dies on its own (killed, out of memory), a {@link NodeWatchdog} says so in one log line
 * and starts it again on the same ports and data, with back-off, until {@link #stop()} is called.
 */
public final class LocalElasticsearchNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalElasticsearchNode.class);

    private static final int SHUTDOWN_MARKER = 0x1B;

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);

    private static final int LOG_TAIL_LINES = 40;

    private final LocalNodeSettings settings;

    private final NodeUser user;

    private final NodeCommandLine commandLine;

    private final NodeWorkDir workDir;

    private final URI httpUri;

    private final int transportPort;

    private final NodeWatchdog watchdog;

    private volatile Process process;

    private volatile boolean stopped;

    private LocalElasticsearchNode(LocalNodeSettings settings, NodeUser user, NodeCommandLine commandLine,
            NodeWorkDir workDir, int httpPort, int transportPort, NodeWatchdog.Backoff backoff) {
        this.settings = settings;
        this.user = user;
        this.commandLine = commandLine;
        this.workDir = workDir;
        this.httpUri = URI.create("http://127.0.0.1:" + httpPort);
        this.transportPort = transportPort;
        this.watchdog = new NodeWatchdog(this, backoff);
    }

    /** Starts a node and returns once it is ready to serve requests. */
    public static LocalElasticsearchNode start(LocalNodeSettings settings) {
        return start(settings, NodeWatchdog.Backoff.DEFAULT);
    }

    static LocalElasticsearchNode start(LocalNodeSettings settings, NodeWatchdog.Backoff backoff) {
        long started = System.nanoTime();
        NodeUser user = NodeUser.forCurrentProcess();
        NodeHome home = NodePlacement.reachableHome(NodeHome.at(settings.home()), user);
        NodeWorkDir workDir = NodePlacement.reachableWorkDir(settings.workDir(), home, user);
        int httpPort = FreePorts.resolve(settings.httpPort(), "HTTP");
        int transportPort = freeTransportPort(settings.transportPort(), httpPort);
        LocalElasticsearchNode node = new LocalElasticsearchNode(settings, user, new NodeCommandLine(home, workDir),
                workDir, httpPort, transportPort, backoff);
        node.launch();
        log.info("Local Elasticsearch node ready at {} in {} ms (pid {}, run as {}, files in {})", node.httpUri,
                Duration.ofNanos(System.nanoTime() - started).toMillis(), node.pid(), user, workDir.root());
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

    /** How many times the watchdog has started the node again after its process died. */
    public int restarts() {
        return watchdog.restarts();
    }

    /** Asks the node to shut down (as Elasticsearch's launcher does), and ends it if it does not. Idempotent. */
    public void stop() {
        stopped = true;
        watchdog.close();
        Process current = process;
        if (current == null) {
            return;
        }
        OutputStream stdin = current.getOutputStream();
        if (current.isAlive()) {
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
        if (!waitForExit(current, GRACEFUL_STOP)) {
            log.warn("Local Elasticsearch node (pid {}) did not stop within {} s; ending it", current.pid(),
                    GRACEFUL_STOP.toSeconds());
            current.destroy();
            if (!waitForExit(current, Duration.ofSeconds(10))) {
                current.destroyForcibly();
                waitForExit(current, Duration.ofSeconds(10));
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

    boolean isStopped() {
        return stopped;
    }

    /**
     * Starts the node's process on this node's ports and data and waits until it is ready; watched once ready. A
     * {@link #stop()} meanwhile ends the process it starts.
     */
    void launch() {
        if (stopped) {
            return;
        }
        byte[] serverArgs = NodeProcesses.writeServerArgs(user.wrap(commandLine.serverArgsWriter(
                httpUri.getPort(), transportPort, settings.settings())), workDir);
        Process started = NodeProcesses.startServer(user.wrap(commandLine.server(settings.heapSize())), workDir);
        process = started;
        awaitReady(started, serverArgs, settings.startupTimeout());
        if (stopped) {
            end(started);
            return;
        }
        watchdog.watch(started);
    }

    private void awaitReady(Process started, byte[] serverArgs, Duration timeout) {
        StderrWatcher stderr = StderrWatcher.watch(started, workDir.stderrLog());
        OutputStream stdin = started.getOutputStream();
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
            end(started);
            throw new IllegalStateException("The local Elasticsearch node (work directory " + workDir.root()
                    + ") did not start: " + ex.getMessage()
                    + LogTail.of(LOG_TAIL_LINES, workDir.stdoutLog(), workDir.stderrLog()), ex);
        }
    }

    private static void end(Process started) {
        try {
            started.getOutputStream().close();
        }
        catch (IOException ignored) {
            // Closing stdin asks the node to stop; it may be gone already.
        }
        if (!waitForExit(started, GRACEFUL_STOP)) {
            started.destroyForcibly();
            waitForExit(started, Duration.ofSeconds(10));
        }
    }

    private static int freeTransportPort(int requested, int httpPort) {
        int port = FreePorts.resolve(requested, "transport");
        return requested == 0 && port == httpPort ? FreePorts.resolve(0, "transport") : port;
    }

    private static boolean waitForExit(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
