package org.candour.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.candour.statistics.Cell.Flag;
import org.junit.jupiter.api.Test;

/**
 * The attacker is real: it recovers what a careless table gives away, so "recovers nothing" means something.
 *
 * <p>Mutants that survive here and change no result (./mvnw -Pmutation test): in {@code linearBlock}, the early
 * return when nothing is withheld, a column given twice, and dividing by a pivot that the row reduction has already
 * made 1; in {@code reduce}, the choice between equal pivots and comparisons at exactly EPSILON, which integer
 * tables never reach; in {@code bounds}, the step cap (never reached) and {@code < 0.5} against bounds that are
 * whole numbers; in {@code narrow} and {@code tighten}, reporting a change that did not happen, which only looks at
 * a rule once more and reaches the same bounds.
 */
class DifferencingAttackTest {

    private static final Flag P = Flag.PUBLISHED;
    private static final Flag S = Flag.SMALL_COUNT;
    private static final Flag C = Flag.SECONDARY;
    private static final List<SumRule> RULES = List.of(new SumRule(4, new int[] {0, 1}),
            new SumRule(5, new int[] {2, 3}), new SumRule(6, new int[] {4, 5}));

    @Test
    void aLoneSmallCountBesideItsTotalIsRecoveredBySubtraction() {
        Double[] shown = {null, 30.0, 40.0, 50.0, 35.0, 90.0, 125.0};
        assertThat(DifferencingAttack.recover(shown, new Flag[] {S, P, P, P, P, P, P}, RULES))
                .containsExactlyEntriesOf(java.util.Map.of(0, 5.0));
    }

    @Test
    void aWithheldBcuTotalIsRecoveredFromLondonAndItsBoroughsFromNothingElse() {
        Double[] shown = {null, null, 40.0, 50.0, null, 90.0, 97.0};
        assertThat(DifferencingAttack.linear(shown, RULES)).containsEntry(4, 7.0).doesNotContainKeys(0, 1);
    }

    @Test
    void aChainOfSumsIsFollowedAcrossLevels() {
        // London minus the published BCU gives BCU A; BCU A minus b2 gives b1.
        Double[] shown = {null, 20.0, 40.0, 50.0, null, 90.0, 115.0};
        assertThat(DifferencingAttack.linear(shown, RULES)).containsEntry(0, 5.0).containsEntry(4, 25.0);
    }

    @Test
    void boundsPinASmallCountNextToASecondaryCellWhenTheTotalLeavesNoRoom() {
        // b1 + b2 = 11 with b1 in 1..9 and b2 at least 10: b1 = 1, b2 = 10.
        Double[] shown = {null, null, 40.0, 50.0, 11.0, 90.0, 101.0};
        assertThat(DifferencingAttack.bounds(shown, new Flag[] {S, C, P, P, P, P, P}, RULES))
                .containsEntry(0, 1.0).containsEntry(1, 10.0);
    }

    @Test
    void boundsPinSmallCountsThatMustAllBeOne() {
        Double[] shown = {null, null, 40.0, 50.0, 2.0, 90.0, 92.0};
        assertThat(DifferencingAttack.bounds(shown, new Flag[] {S, S, P, P, P, P, P}, RULES))
                .containsEntry(0, 1.0).containsEntry(1, 1.0);
    }

    @Test
    void twoSmallCountsUnderAPublishedTotalWithRoomStaySafe() {
        Double[] shown = {null, null, 40.0, 50.0, 10.0, 90.0, 100.0};
        assertThat(DifferencingAttack.recover(shown, new Flag[] {S, S, P, P, P, P, P}, RULES)).isEmpty();
    }

    @Test
    void aRowGivesAwayASmallOutcomeWhenTheOtherOutcomesFillTheRequestsReceived() {
        // 11 requests received, 10 disclosed: the "<10" partly disclosed can only be 1.
        var rules = List.of(SumRule.atLeast(0, 1, 2));
        Double[] shown = {11.0, 10.0, null};
        assertThat(DifferencingAttack.recover(shown, new Flag[] {P, P, S}, rules))
                .containsExactlyEntriesOf(java.util.Map.of(2, 1.0));
        assertThat(DifferencingAttack.linear(shown, rules)).as("an inequality alone fixes nothing").isEmpty();
    }

    @Test
    void boundsFoundByOneRuleAreCarriedBackIntoTheRulesBeforeIt() {
        // The sum 10 = c2 + c4 says nothing until "11 received >= 10 released + c2" pins c2 to 1; then c4 = 9.
        var rules = List.of(new SumRule(3, new int[] {2, 4}), SumRule.atLeast(0, 1, 2));
        Double[] shown = {11.0, 10.0, null, 10.0, null};

        assertThat(DifferencingAttack.bounds(shown, new Flag[] {P, P, S, P, S}, rules))
                .isEqualTo(java.util.Map.of(2, 1.0, 4, 9.0));
    }

    @Test
    void aTotalLearnsItsLowerBoundFromItsPartsAndPassesItOn() {
        // c2 >= c0 + c1 >= 10 + 1 tells the sum c3 = c2 + c4 (published 12, both withheld) that c4 = 1 and c2 = 11.
        var rules = List.of(new SumRule(3, new int[] {2, 4}), SumRule.atLeast(2, 0, 1));
        Double[] shown = {10.0, null, null, 12.0, null};

        assertThat(DifferencingAttack.bounds(shown, new Flag[] {P, S, C, P, S}, rules))
                .containsEntry(4, 1.0).containsEntry(2, 11.0);
    }

    @Test
    void whatTheSumsSolveTogetherTightensTheBoundsOfTheRest() {
        // x + y = 100 and x + y + z = 150 give z = 50, which bounds alone (z from 10 to 130) never find;
        // then 51 received >= z + c6 pins the "<10" c6 to 1.
        var rules = List.of(new SumRule(3, new int[] {0, 1}), new SumRule(4, new int[] {0, 1, 2}),
                SumRule.atLeast(5, 2, 6));
        Double[] shown = {null, null, null, 100.0, 150.0, 51.0, null};

        assertThat(DifferencingAttack.recover(shown, new Flag[] {C, C, C, P, P, P, S}, rules))
                .isEqualTo(java.util.Map.of(2, 50.0, 6, 1.0));
    }
}
