package org.candour.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.candour.requests.domain.Decision;
import org.candour.requests.domain.NewDocument;
import org.candour.shared.LondonTime;
import org.junit.jupiter.api.Test;

class HistoryPlanTest {

    private static final LocalDate TO = LocalDate.of(2026, 12, 6);
    private static final LocalDate FROM = TO.minusYears(3);
    private static final int PER_MONTH = 120;
    private static final NewDocument DOCUMENT = new NewDocument("id.png", new byte[] {1});

    private final List<PlannedRequest> plan = new HistoryPlan(2023, FROM, TO, PER_MONTH, DOCUMENT).requests();

    @Test
    void theSameSeedMakesTheSameHistory() {
        var again = new HistoryPlan(2023, FROM, TO, PER_MONTH, DOCUMENT).requests();
        assertThat(again).hasSameSizeAs(plan);
        assertThat(again.get(500).form().aboutYou()).isEqualTo(plan.get(500).form().aboutYou());
        assertThat(again.get(500).steps()).isEqualTo(plan.get(500).steps());
    }

    @Test
    void aboutTheVolumeAskedForEveryMonthOverEveryBorough() {
        Map<YearMonth, Long> perMonth = plan.stream().collect(Collectors.groupingBy(
                p -> YearMonth.from(p.filedAt().atZone(LondonTime.ZONE)), Collectors.counting()));
        assertThat(perMonth).hasSize(37);
        perMonth.forEach((month, count) -> {
            if (!month.equals(YearMonth.from(FROM)) && !month.equals(YearMonth.from(TO))) {
                assertThat(count).as(month.toString()).isBetween(70L, 200L);
            }
        });
        assertThat(plan.stream().map(p -> p.form().incident().boroughCode()).distinct()).hasSize(32);
    }

    /** Requests follow residents, and central London (Westminster above all) is busier than its residents. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} gets {1}% to {2}% of the requests")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            E09000033 | 5.5 | 7.0
            E09000008 | 3.4 | 4.6
            E09000022 | 3.6 | 4.8
            E09000009 | 3.2 | 4.3
            E09000021 | 1.2 | 2.3
            E09000027 | 1.5 | 2.5
            E09000020 | 1.7 | 2.7
            """)
    void boroughsGetRequestsByTheirWeight(String gssCode, double lowest, double highest) {
        long about = plan.stream().filter(p -> p.form().incident().boroughCode().equals(gssCode)).count();
        assertThat(100.0 * about / plan.size()).isBetween(lowest, highest);
    }

    @Test
    void weightsAreResidentsTimesTheCentralLondonFactor() {
        assertThat(HistoryPlan.weight("E09000008")).as("Croydon, outer").isEqualTo(391.0);
        assertThat(HistoryPlan.weight("E09000033")).as("Westminster, central").isEqualTo(205 * 3.0);
        assertThat(HistoryPlan.weight("E09000001")).as("City of London, not the Met's").isZero();
    }

    /**
     * The league table ranks a borough over 12 months once 10 of its requests were answered (disclosure control): at
     * the default volume even the quietest borough passes that in every 12 months of the history.
     */
    @Test
    void everyBoroughHasTenAnsweredRequestsInEveryTwelveMonths() {
        Map<String, List<YearMonth>> answered = plan.stream().filter(HistoryPlanTest::answered).collect(
                Collectors.groupingBy(p -> p.form().incident().boroughCode(), Collectors.mapping(
                        p -> YearMonth.from(p.filedAt().atZone(LondonTime.ZONE)), Collectors.toList())));
        assertThat(answered).hasSize(32);
        // The last months' requests are still being answered: windows end six months before the end of the plan.
        for (var end = YearMonth.from(FROM).plusMonths(12); !end.isAfter(YearMonth.from(TO).minusMonths(6));
             end = end.plusMonths(1)) {
            var last = end;
            answered.forEach((borough, months) -> assertThat(months.stream().filter(m -> !m.isAfter(last)
                    && m.isAfter(last.minusMonths(12))).count()).as(borough + " to " + last).isGreaterThanOrEqualTo(10));
        }
    }

    private static boolean answered(PlannedRequest request) {
        return request.steps().stream().anyMatch(s -> s.kind() == HistoryStep.Kind.SIGN_OFF
                || s.kind() == HistoryStep.Kind.NO_FOOTAGE_HELD
                || s.kind() == HistoryStep.Kind.DECIDE && s.decision() == Decision.DISCLOSED);
    }

    @Test
    void stepsFollowOneAnotherInTimeAfterTheFiling() {
        for (PlannedRequest request : plan) {
            var previous = request.filedAt();
            for (HistoryStep step : request.steps()) {
                assertThat(step.at()).isAfter(previous);
                previous = step.at();
            }
        }
    }

    @Test
    void everyKindOfOutcomeHappensAndSomeAnswersAreLate() {
        var kinds = plan.stream().flatMap(p -> p.steps().stream()).map(HistoryStep::kind).distinct().toList();
        assertThat(kinds).containsAll(List.of(HistoryStep.Kind.values()));
        var decisions = plan.stream().flatMap(p -> p.steps().stream()).map(HistoryStep::decision).distinct();
        assertThat(decisions).contains(Decision.values());
        long late = plan.stream().filter(HistoryPlanTest::answeredMoreThanAMonthAfterVerification).count();
        assertThat(late).isBetween(plan.size() / 20L, plan.size() / 3L);
    }

    private static boolean answeredMoreThanAMonthAfterVerification(PlannedRequest request) {
        var verified = request.steps().stream().filter(s -> s.kind() == HistoryStep.Kind.VERIFY_IDENTITY)
                .findFirst();
        var answered = request.steps().stream().filter(s -> s.kind() == HistoryStep.Kind.SIGN_OFF
                || s.kind() == HistoryStep.Kind.NO_FOOTAGE_HELD
                || s.kind() == HistoryStep.Kind.DECIDE && s.decision() == Decision.DISCLOSED).findFirst();
        return verified.isPresent() && answered.isPresent()
                && answered.get().at().isAfter(verified.get().at().plus(java.time.Duration.ofDays(31)));
    }
}
