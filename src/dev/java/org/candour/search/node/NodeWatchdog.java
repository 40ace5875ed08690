package org.candour.search.node;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices that a {@link LocalElasticsearchNode}'s process has died on its own and starts it again, on the same ports
 * and data, waiting longer after each failed attempt. One log line when the node dies, one per failed attempt and
 * one when it is back: no stack traces (search is down meanwhile; the outbox indexes what it missed once it is back).
 */
final class NodeWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(NodeWatchdog.class);

    /** The wait before the first restart attempt, doubled after each failed one up to the maximum. */
    record Backoff(Duration first, Duration max) {

        static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

        Duration after(int failedAttempts) {
            Duration wait = first.multipliedBy(1L << Math.min(failedAttempts, 20));
            return wait.compareTo(max) > 0 ? max : wait;
        }
    }

    private final LocalElasticsearchNode node;

    private final Backoff backoff;

    private final AtomicInteger restarts = new AtomicInteger();

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("elasticsearch-node-watchdog").factory());

    NodeWatchdog(LocalElasticsearchNode node, Backoff backoff) {
        this.node = node;
        this.backoff = backoff;
    }

    void watch(Process process) {
        process.onExit().thenAccept(this::exited);
    }

    int restarts() {
        return restarts.get();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private void exited(Process process) {
        if (node.isStopped()) {
            return;
        }
        Duration wait = backoff.after(0);
        log.warn("Local Elasticsearch node (pid {}) exited with code {}; search is unavailable. Starting it again in "
                + "{} s", process.pid(), process.exitValue(), wait.toMillis() / 1000.0);
        schedule(1, wait);
    }

    private void schedule(int attempt, Duration wait) {
        if (node.isStopped() || scheduler.isShutdown()) {
            return;
        }
        try {
            scheduler.schedule(() -> restart(attempt), wait.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (java.util.concurrent.RejectedExecutionException stopping) {
            // stop() was called meanwhile: the node stays down.
        }
    }

    private void restart(int attempt) {
        long started = System.nanoTime();
        try {
            node.launch();
            if (!node.isStopped()) {
                restarts.incrementAndGet();
                log.info("Local Elasticsearch node is back at {} (pid {}) after {} attempt(s), ready in {} ms",
                        node.httpUri(), node.pid(), attempt,
                        Duration.ofNanos(System.nanoTime() - started).toMillis());
            }
        }
        catch (RuntimeException ex) {
            Duration wait = backoff.after(attempt);
            log.warn("Local Elasticsearch node did not start again (attempt {}): {}. Next attempt in {} s", attempt,
                    firstLine(ex.getMessage()), wait.toMillis() / 1000.0);
            schedule(attempt + 1, wait);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
