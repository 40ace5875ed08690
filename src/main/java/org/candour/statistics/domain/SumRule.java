package org.candour.statistics.domain;

/**
 * A relation between published cells that a reader knows: {@code total = sum of parts} (the sums of boroughs into
 * BCUs and BCUs into London), or with {@code atLeast}, {@code total >= sum of parts} (what a row's measures imply
 * about each other, e.g. the outcomes of a month's requests cannot exceed the requests received).
 */
public record SumRule(int total, int[] parts, boolean atLeast) {

    public SumRule(int total, int[] parts) {
        this(total, parts, false);
    }

    public static SumRule atLeast(int total, int... parts) {
        return new SumRule(total, parts, true);
    }

    SumRule shifted(int offset) {
        int[] moved = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            moved[i] = parts[i] + offset;
        }
        return new SumRule(total + offset, moved, atLeast);
    }
}
