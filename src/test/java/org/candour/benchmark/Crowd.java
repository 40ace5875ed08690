package org.candour.benchmark;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The statistics readers of the busy morning, one virtual thread each: a reader opens the overview, makes 3-8
 * choices of measure or month 5-15 s apart, and leaves (closing the tab with the unload beacon, or not); then a new
 * reader takes the place, so that as many are reading as asked.
 */
final class Crowd {

    private static final String MEASURE = "<label for=\\\"measure\\\"";
    private static final String MONTH = "<label for=\\\"month\\\"";

    private final HttpClient http;
    private final int port;
    private final Load load;
    private final double beaconShare;
    private final List<Thread> readers = new ArrayList<>();
    private final Map<Integer, FlowSession> openTabs = new ConcurrentHashMap<>();
    private volatile int wanted;
    private volatile boolean frozen;

    Crowd(HttpClient http, int port, Load load, double beaconShare) {
        this.http = http;
        this.port = port;
        this.load = load;
        this.beaconShare = beaconShare;
    }

    void resize(int count) throws InterruptedException {
        resize(count, Duration.ZERO);
    }

    /** As many readers as {@code count}, the new ones arriving evenly over {@code ramp}. */
    synchronized void resize(int count, Duration ramp) throws InterruptedException {
        wanted = count;
        for (int slot = count; slot < readers.size(); slot++) {
            readers.get(slot).interrupt();
        }
        int from = readers.size();
        for (int slot = from; slot < count; slot++) {
            int mine = slot;
            readers.add(Thread.ofVirtual().name("reader-" + slot).start(() -> read(mine)));
            if (!ramp.isZero()) {
                Thread.sleep(ramp.toMillis() / Math.max(1, count - from));   // arrivals spread over the ramp
            }
        }
    }

    /** Every reader stops where they are, their tab left open. */
    synchronized void freeze() throws InterruptedException {
        frozen = true;
        readers.forEach(Thread::interrupt);
        for (Thread reader : readers) {
            reader.join();
        }
        readers.clear();
    }

    /** The frozen readers leave: most close their tab (the beacon), the others simply stop. */
    void leave() {
        openTabs.values().forEach(this::leave);
        openTabs.clear();
    }

    private void read(int slot) {
        while (slot < wanted && !frozen) {
            var tab = new FlowSession(http, port);
            int[] selects = new int[2];
            if (!load.reader("reader: open the statistics overview", () -> {
                String view = tab.open("statistics");
                selects[0] = FlowSession.nodeWith(view, MEASURE);
                selects[1] = FlowSession.nodeWith(view, MONTH);
            })) {
                think();
                continue;
            }
            openTabs.put(slot, tab);
            int measure = selects[0];
            int month = selects[1];
            int choices = 3 + ThreadLocalRandom.current().nextInt(6);
            for (int i = 0; i < choices && think() && slot < wanted; i++) {
                var random = ThreadLocalRandom.current();
                if (random.nextBoolean()) {
                    load.reader("reader: choose another measure", () -> tab.event(measure, "change",
                            "{\"event.target.value\":\"" + random.nextInt(4) + "\"}"));
                } else {
                    load.reader("reader: choose another month", () -> tab.event(month, "change",
                            "{\"event.target.value\":\"" + random.nextInt(6) + "\"}"));
                }
            }
            if (frozen) {
                return;
            }
            openTabs.remove(slot);
            leave(tab);
        }
    }

    private void leave(FlowSession tab) {
        if (ThreadLocalRandom.current().nextDouble() < beaconShare) {
            load.reader("reader: close the tab (beacon)", tab::closeTab);
        }
    }

    /** A reader's think time, 5-15 s; false if the reader was told to stop meanwhile. */
    private boolean think() {
        try {
            Thread.sleep(5_000 + ThreadLocalRandom.current().nextInt(10_000));   // the user reading, not a wait
            return !frozen;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
