package org.candour.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.candour.requests.RequestFilingService;
import org.candour.support.TestRequests;

/**
 * Requests filed through the application service, as the public form files them (validation, the requester's
 * identity encrypted, one identity document, the timeline and the outbox event in one transaction), by
 * {@code threads} members of the public at once.
 */
final class FilingThroughput {

    record Result(double perSecond, double p50Millis, double p95Millis) {
    }

    private final RequestFilingService filing;

    FilingThroughput(RequestFilingService filing) {
        this.filing = filing;
    }

    Result file(int requests, int threads) throws Exception {
        var latencies = Collections.synchronizedList(new ArrayList<Double>(requests));
        var today = LocalDate.now();
        long started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            var done = new ArrayList<Future<?>>();
            for (int i = 0; i < requests; i++) {
                var incident = today.minusDays(1 + i % 20);
                done.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    filing.file(TestRequests.valid(incident));
                    latencies.add((System.nanoTime() - start) / 1e6);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Double> times = List.copyOf(latencies);
        return new Result(requests / seconds, BenchmarkReport.percentile(times, 50),
                BenchmarkReport.percentile(times, 95));
    }
}
