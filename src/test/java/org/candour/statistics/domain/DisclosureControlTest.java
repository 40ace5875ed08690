package org.candour.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.candour.statistics.Cell.Flag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Disclosure control as case tables over a small hierarchy: four boroughs in two BCUs (A = b1 + b2, B = b3 + b4)
 * and London = A + B; cells are shown in the order b1 b2 b3 b4 A B London, as a reader would see them.
 */
class DisclosureControlTest {

    private static final List<SumRule> RULES = List.of(new SumRule(4, new int[] {0, 1}),
            new SumRule(5, new int[] {2, 3}), new SumRule(6, new int[] {4, 5}));

    /**
     * Expected tables were checked by hand against the attack: e.g. "9 9 9 9" cannot publish its BCU totals of 18,
     * since two counts of at most 9 summing to 18 must both be 9; "1 10 40 50" cannot keep b2 = 10 beside b1 alone,
     * since b1 + b2 = 11 with b2 of at least 10 pins b1 = 1. The greedy choice may withhold more than the minimum.
     */
    @ParameterizedTest(name = "boroughs {0} are published as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            20 30 40 50 | 20 30 40 50 50 90 140
            0 0 15 20   | 0 0 15 20 0 35 35
            0 0 0 0     | 0 0 0 0 0 0 0
            10 10 10 10 | 10 10 10 10 20 20 40
            5 30 40 50  | <10 [c] 40 50 35 90 125
            0 5 40 50   | 0 <10 [c] [c] <10 [c] 95
            5 5 40 50   | <10 <10 40 50 10 90 100
            3 4 40 50   | <10 <10 [c] 50 <10 [c] [c]
            1 10 40 50  | <10 [c] [c] [c] [c] [c] 101
            9 9 9 9     | <10 <10 <10 <10 [c] [c] [c]
            1 1 1 1     | <10 <10 <10 <10 <10 <10 <10
            5 5 5 30    | <10 <10 <10 [c] 10 35 45
            """)
    void smallCountsAreWithheldAndNothingWithheldCanBeWorkedOutBySubtraction(String boroughs, String expected) {
        long[] b = Arrays.stream(boroughs.trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
        long[] counts = {b[0], b[1], b[2], b[3], b[0] + b[1], b[2] + b[3], b[0] + b[1] + b[2] + b[3]};

        Flag[] flags = DisclosureControl.protect(counts, RULES);

        assertThat(shown(counts, flags)).isEqualTo(expected.trim());
        assertThat(DifferencingAttack.recover(DisclosureControl.published(counts, flags), flags, RULES)).isEmpty();
    }

    @ParameterizedTest(name = "received {0}, disclosed {1}, partly {2} are published as {3}")
    @CsvSource(delimiter = '|', textBlock = """
            40 | 20 | 10 | 40 20 10
            40 | 20 | 5  | 40 20 <10
            11 | 10 | 1  | [c] [c] <10
            12 | 0  | 2  | 12 0 <10
            """)
    void aRowsOutcomesCannotGiveAwayASmallOutcomeAgainstTheRequestsReceived(long received, long disclosed,
                                                                           long partly, String expected) {
        long[] counts = {received, disclosed, partly};
        var rules = List.of(SumRule.atLeast(0, 1, 2));

        Flag[] flags = DisclosureControl.protect(counts, rules);

        assertThat(shown(counts, flags)).isEqualTo(expected);
        assertThat(DifferencingAttack.recover(DisclosureControl.published(counts, flags), flags, rules)).isEmpty();
    }

    @ParameterizedTest(name = "count {0} is small: {1}")
    @CsvSource({"0, false", "1, true", "9, true", "10, false", "11, false"})
    void theThresholdIsTen(long count, boolean small) {
        assertThat(DisclosureControl.isSmall(count)).isEqualTo(small);
    }

    /** Random London tables, from empty boroughs to busy ones: every one comes out safe against the attack. */
    @ParameterizedTest(name = "random tables with counts up to {0}")
    @ValueSource(ints = {3, 12, 25, 60, 400})
    void randomLondonTablesAreSafeAgainstDifferencing(int scale) {
        var areas = Areas.met();
        var random = new Random(scale);
        for (int table = 0; table < 150; table++) {
            long[] counts = new long[areas.size()];
            for (int i = 0; i < 32; i++) {
                counts[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(scale + 1);
            }
            for (SumRule rule : areas.rules()) {
                counts[rule.total()] = Arrays.stream(rule.parts()).mapToLong(p -> counts[p]).sum();
            }
            Flag[] flags = DisclosureControl.protect(counts, areas.rules());

            assertThat(DifferencingAttack.recover(DisclosureControl.published(counts, flags), flags, areas.rules()))
                    .as("cells recovered from table %d at scale %d", table, scale).isEmpty();
            for (int i = 0; i < counts.length; i++) {
                if (DisclosureControl.isSmall(counts[i])) {
                    assertThat(flags[i]).isEqualTo(Flag.SMALL_COUNT);
                }
                if (flags[i] == Flag.SECONDARY) {
                    assertThat(counts[i]).as("secondary suppression never hides a zero or a small count")
                            .isGreaterThanOrEqualTo(DisclosureControl.THRESHOLD);
                }
            }
        }
    }

    private static String shown(long[] counts, Flag[] flags) {
        return java.util.stream.IntStream.range(0, counts.length)
                .mapToObj(i -> flags[i] == Flag.PUBLISHED ? Long.toString(counts[i]) : flags[i].symbol())
                .collect(Collectors.joining(" "));
    }

    @Test
    void theCompanionIsTheSmallestCountInTheSumTheFirstOnATieAndNeverOneOutsideIt() {
        // 45 = 20 + 5 + 20 gives the 5 away; cell 0 is withheld beside it, not cell 2 (a tie) nor the lone 12.
        long[] counts = {20, 5, 20, 45, 12};
        var rules = List.of(new SumRule(3, new int[] {0, 1, 2}));

        assertThat(DisclosureControl.protect(counts, rules)).containsExactly(Flag.SECONDARY, Flag.SMALL_COUNT,
                Flag.PUBLISHED, Flag.PUBLISHED, Flag.PUBLISHED);
    }

    @Test
    void whenNoCountIsLeftToWithholdBesideAnExposedOneEveryNonZeroCountIsWithheldAndZerosStay() {
        // Nine outcomes of at least 1 each within "<10" received: all are exposed, and only zeros are published.
        long[] counts = {9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0};
        var rules = List.of(SumRule.atLeast(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));

        Flag[] flags = DisclosureControl.protect(counts, rules);

        assertThat(flags).containsOnly(Flag.SMALL_COUNT, Flag.PUBLISHED);
        assertThat(flags[10]).isEqualTo(Flag.PUBLISHED);
    }
}
