package org.candour.footage.internal;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.candour.footage.RecordingCategory;
import org.candour.footage.domain.Recording;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;

/**
 * Fictional but plausible catalogue data, the same for the same seed: about 20,000 cameras across the 32 Met
 * boroughs (Westminster busiest), and recordings in time order at the roll-out rate of about 120,000 a month
 * (DOMAIN.md), ending at {@code until}. About 20% stop and search, 10% arrests; about 7% evidential (most arrests,
 * few others). Officers appear only as pseudonymous keys.
 */
public final class DemoFootageGenerator {

    public static final int CAMERAS = 20_000;
    public static final int RECORDINGS_PER_MONTH = 120_000;
    private static final double DAYS_PER_MONTH = 30.44;
    private static final String WESTMINSTER = "E09000033";

    private final long seed;
    private final long count;
    private final Instant from;
    private final long spanSeconds;
    private final String[] cameraIds = new String[CAMERAS];
    private final String[] cameraBoroughs = new String[CAMERAS];
    private final String[] officerKeys = new String[CAMERAS];

    public DemoFootageGenerator(long seed, long count, Instant until) {
        this.seed = seed;
        this.count = count;
        this.spanSeconds = Math.max(1, Math.round(count * DAYS_PER_MONTH * 86_400 / RECORDINGS_PER_MONTH));
        this.from = until.minusSeconds(spanSeconds);
        assignCameras(new SplittableRandom(seed));
    }

    /** The days the recordings span, about one for every 4,000 recordings. */
    public Duration span() {
        return Duration.ofSeconds(spanSeconds);
    }

    public Instant from() {
        return from;
    }

    /** Camera id to the borough it is assigned to. */
    public Map<String, String> cameras() {
        var cameras = new LinkedHashMap<String, String>(CAMERAS * 2);
        for (int i = 0; i < CAMERAS; i++) {
            cameras.put(cameraIds[i], cameraBoroughs[i]);
        }
        return cameras;
    }

    private void assignCameras(SplittableRandom random) {
        List<Borough> boroughs = Boroughs.policedByTheMet();
        double[] cumulative = new double[boroughs.size()];
        double total = 0;
        for (int b = 0; b < boroughs.size(); b++) {
            double weight = 0.6 + random.nextDouble() * 0.8;
            total += boroughs.get(b).gssCode().equals(WESTMINSTER) ? weight * 2.5 : weight;
            cumulative[b] = total;
        }
        var pseudonyms = new OfficerPseudonyms(ByteBuffer.allocate(8).putLong(seed).array());
        for (int i = 0; i < CAMERAS; i++) {
            double pick = random.nextDouble() * total;
            int b = 0;
            while (cumulative[b] < pick) {
                b++;
            }
            cameraIds[i] = "CAM-" + pad(i, 5);
            cameraBoroughs[i] = boroughs.get(b).gssCode();
            officerKeys[i] = pseudonyms.keyOf("demo-officer-" + i);
        }
    }

    /** The recordings, earliest first; generated as they are read, so millions need no memory. */
    public Iterator<Recording> recordings() {
        var random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        return new Iterator<>() {
            private long i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public Recording next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return recording(i++, random);
            }
        };
    }

    private Recording recording(long i, SplittableRandom random) {
        long slot = spanSeconds * i / count;
        long slotWidth = Math.max(1, spanSeconds / count);
        Instant start = from.plusSeconds(slot + random.nextLong(slotWidth));
        int camera = random.nextInt(CAMERAS);
        // Most cameras are worn by one officer; some are pooled and worn by another officer of the borough.
        int officer = random.nextInt(10) == 0 ? random.nextInt(CAMERAS) : camera;
        int roll = random.nextInt(100);
        RecordingCategory category = roll < 20 ? RecordingCategory.STOP_AND_SEARCH
                : roll < 30 ? RecordingCategory.ARREST : RecordingCategory.OTHER;
        int minutes = switch (category) {
            case STOP_AND_SEARCH -> 3 + random.nextInt(20);
            case ARREST -> 10 + random.nextInt(60);
            case OTHER -> 1 + random.nextInt(30);
        };
        int evidentialPercent = switch (category) {
            case STOP_AND_SEARCH -> 8;
            case ARREST -> 40;
            case OTHER -> 2;
        };
        Instant end = start.plusSeconds(minutes * 60L + random.nextInt(60));
        return new Recording("BWV-" + pad(i, 10), cameraIds[camera], cameraBoroughs[camera], start, end, category,
                random.nextInt(100) < evidentialPercent, officerKeys[officer]);
    }

    private static String pad(long n, int width) {
        String digits = Long.toString(n);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
