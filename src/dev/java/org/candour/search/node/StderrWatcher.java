package org.candour.search.node;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Drains the server's stderr for as long as it runs: the byte {@code 0x18} is the server's signal that it is ready
 * (what {@code server-cli} waits for); everything else is copied to a log file.
 */
final class StderrWatcher {

    private static final int READY_MARKER = 0x18;

    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    private StderrWatcher() {
    }

    static StderrWatcher watch(Process process, Path logFile) {
        StderrWatcher watcher = new StderrWatcher();
        Thread.ofPlatform().daemon().name("elasticsearch-node-stderr-" + process.pid())
                .start(() -> watcher.drain(process.getErrorStream(), logFile));
        process.onExit().thenRun(() -> watcher.ready.completeExceptionally(
                new IllegalStateException("the node exited with code " + process.exitValue())));
        return watcher;
    }

    /** Waits for the ready signal; tells why it did not come. */
    void awaitReady(Duration timeout) throws NodeStartException {
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException ex) {
            throw new NodeStartException("it was not ready within " + timeout.toSeconds() + " s");
        }
        catch (ExecutionException ex) {
            throw new NodeStartException(String.valueOf(ex.getCause().getMessage()));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new NodeStartException("interrupted while waiting for it");
        }
    }

    private void drain(InputStream stderr, Path logFile) {
        try (InputStream in = new BufferedInputStream(stderr);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(logFile))) {
            int next;
            while ((next = in.read()) != -1) {
                if (next == READY_MARKER) {
                    ready.complete(null);
                    continue;
                }
                out.write(next);
                if (next == '\n' || in.available() == 0) {
                    out.flush();
                }
            }
        }
        catch (IOException ex) {
            ready.completeExceptionally(ex);
        }
    }

    /** Why a node did not start; the caller adds the node's log tail. */
    static final class NodeStartException extends Exception {

        private static final long serialVersionUID = 1L;

        NodeStartException(String reason) {
            super(reason);
        }
    }
}
