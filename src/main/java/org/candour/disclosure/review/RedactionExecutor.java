package org.candour.disclosure.review;

import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The threads that find faces and render copies: a fixed number ({@code candour.disclosure.redaction-threads}) and a
 * bounded queue ({@code candour.disclosure.redaction-queue}), so a burst of renders cannot take the whole machine.
 * Beyond the queue, work is refused and the caseworker is told to try again. {@link #name()} names this node in the
 * jobs it runs ({@code candour.disclosure.worker-name}, the host name by default).
 */
@Component
class RedactionExecutor {

    private final ThreadPoolExecutor executor;
    private final String name;

    RedactionExecutor(@Value("${candour.disclosure.redaction-threads:1}") int threads,
                      @Value("${candour.disclosure.redaction-queue:8}") int queue,
                      @Value("${candour.disclosure.worker-name:}") String name) {
        this.name = name.isBlank() ? hostName() : name.strip();
        var count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue), work -> {
                    var thread = new Thread(work, "redaction-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    String name() {
        return name;
    }

    /** @return false when the queue is full */
    boolean submit(Runnable work) {
        try {
            executor.execute(work);
            return true;
        } catch (RejectedExecutionException full) {
            return false;
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "portal";
        }
    }
}
