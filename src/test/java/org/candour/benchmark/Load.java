package org.candour.benchmark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** What the busy morning's users did and how long each action took, by phase of the load; and every error. */
final class Load {

    enum Phase { WARM_UP, QUIET, RAMP, SPIKE, LEAVE }

    /** Something a user does, timed. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private volatile Phase phase = Phase.WARM_UP;
    private final Map<Phase, Map<String, ConcurrentLinkedQueue<Double>>> times = new EnumMap<>(Phase.class);
    private final Map<Phase, Long> requestsAtStart = new ConcurrentHashMap<>();
    private final Map<Phase, Long> requestsAtEnd = new ConcurrentHashMap<>();
    private final Set<String> staffActions = ConcurrentHashMap.newKeySet();
    private final Set<String> readerActions = ConcurrentHashMap.newKeySet();
    private final AtomicLong errors = new AtomicLong();

    Load() {
        for (Phase p : Phase.values()) {
            times.put(p, new ConcurrentHashMap<>());
        }
        requestsAtStart.put(Phase.WARM_UP, 0L);
    }

    void phase(Phase next) {
        long requests = FlowSession.REQUESTS.sum();
        requestsAtEnd.put(phase, requests);
        requestsAtStart.put(next, requests);
        phase = next;
    }

    /** Runs and times a staff action; false if it failed (counted and the first ones printed). */
    boolean staff(String name, Action action) {
        staffActions.add(name);
        return timed(name, action);
    }

    boolean reader(String name, Action action) {
        readerActions.add(name);
        return timed(name, action);
    }

    private boolean timed(String name, Action action) {
        Phase during = phase;
        long start = System.nanoTime();
        try {
            action.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception | AssertionError e) {
            if (errors.incrementAndGet() <= 20) {
                System.out.println("ERROR in " + name + " (" + during + "): " + e);
            }
            return false;
        }
        times.get(during).computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>())
                .add((System.nanoTime() - start) / 1e6);
        return true;
    }

    long errors() {
        return errors.get();
    }

    Set<String> staffActions() {
        return new TreeSet<>(staffActions);
    }

    Set<String> readerActions() {
        return new TreeSet<>(readerActions);
    }

    double percentile(Phase during, String action, double p) {
        List<Double> values = new ArrayList<>(times.get(during).getOrDefault(action, new ConcurrentLinkedQueue<>()));
        return values.isEmpty() ? Double.NaN : BenchmarkReport.percentile(values, p);
    }

    long readerActionCount(Phase during) {
        return readerActions.stream().mapToLong(a -> times.get(during).getOrDefault(a, new ConcurrentLinkedQueue<>())
                .size()).sum();
    }

    long httpRequests(Phase during) {
        long end = requestsAtEnd.getOrDefault(during, FlowSession.REQUESTS.sum());
        return end - requestsAtStart.getOrDefault(during, 0L);
    }
}
