package org.candour.statistics.domain;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.candour.statistics.Cell.Flag;
import org.jspecify.annotations.Nullable;

/**
 * Disclosure control of a table of counts (a month: every count measure for boroughs, BCUs and London, see
 * {@link MonthTable}) per DOMAIN.md.
 * <ol>
 * <li><b>Primary suppression</b>: a count from 1 to 9 is withheld and shown as "&lt;10" (ONS threshold practice).
 * Zero is published: it tells nothing about a person.</li>
 * <li><b>Secondary suppression</b>: while {@link DifferencingAttack} can still pin any withheld cell, the smallest
 * published non-zero count in a sum through that cell is withheld too (shown as "[c]"). Zeros are never chosen, so
 * a reader knows "[c]" stands for 10 or more, and the attack assumes exactly that.</li>
 * </ol>
 * The result depends only on the table, so the same data always gives the same release.
 */
public final class DisclosureControl {

    public static final int THRESHOLD = 10;

    private DisclosureControl() {
    }

    public static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }

    public static Flag[] protect(long[] counts, List<SumRule> rules) {
        Flag[] flags = new Flag[counts.length];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("A count cannot be negative: cell " + i);
            }
            flags[i] = isSmall(counts[i]) ? Flag.SMALL_COUNT : Flag.PUBLISHED;
        }
        for (int round = 0; round < counts.length; round++) {
            Map<Integer, Double> recovered = DifferencingAttack.recover(published(counts, flags), flags, rules);
            if (recovered.isEmpty()) {
                return flags;
            }
            // One companion per exposed cell, skipping cells whose sums already gained one this round: fewer
            // rounds on a large table, without withholding much more than one at a time would.
            var touched = new HashSet<Integer>();
            for (int exposed : recovered.keySet()) {
                if (touched.contains(exposed)) {
                    continue;
                }
                int companion = companion(exposed, counts, flags, rules);
                if (companion < 0) {
                    // Nothing left to withhold beside it: withhold every non-zero count of the table.
                    for (int i = 0; i < counts.length; i++) {
                        if (flags[i] == Flag.PUBLISHED && counts[i] > 0) {
                            flags[i] = Flag.SECONDARY;
                        }
                    }
                    return flags;
                }
                flags[companion] = Flag.SECONDARY;
                for (SumRule rule : rules) {
                    if (contains(rule, exposed) || contains(rule, companion)) {
                        touched.add(rule.total());
                        Arrays.stream(rule.parts()).forEach(touched::add);
                    }
                }
            }
        }
        return flags;
    }

    /** The published values as a reader sees them: null where withheld. */
    public static @Nullable Double[] published(long[] counts, Flag[] flags) {
        @Nullable Double[] published = new Double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            published[i] = flags[i] == Flag.PUBLISHED ? (double) counts[i] : null;
        }
        return published;
    }

    /** The smallest published non-zero count sharing a sum with the exposed cell, else anywhere in the table. */
    private static int companion(int exposed, long[] counts, Flag[] flags, List<SumRule> rules) {
        int best = -1;
        for (SumRule rule : rules) {
            if (contains(rule, exposed)) {
                best = smaller(best, rule.total(), counts, flags);
                for (int part : rule.parts()) {
                    best = smaller(best, part, counts, flags);
                }
            }
        }
        if (best < 0) {
            for (int i = 0; i < counts.length; i++) {
                best = smaller(best, i, counts, flags);
            }
        }
        return best;
    }

    private static boolean contains(SumRule rule, int cell) {
        return rule.total() == cell || Arrays.stream(rule.parts()).anyMatch(p -> p == cell);
    }

    private static int smaller(int best, int candidate, long[] counts, Flag[] flags) {
        if (flags[candidate] != Flag.PUBLISHED || counts[candidate] == 0) {
            return best;
        }
        return best < 0 || counts[candidate] < counts[best] ? candidate : best;
    }
}
