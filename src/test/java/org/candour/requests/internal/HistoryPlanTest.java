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
    private static final NewDocument DOCUMENT = new NewDocument("id.png", new byte[] {1});

    private final List<PlannedRequest> plan = new HistoryPlan(2023, FROM, TO, 250, DOCUMENT).requests();

    @Test
    void theSameSeedMakesTheSameHistory() {
        var again = new HistoryPlan(2023, FROM, TO, 250, DOCUMENT).requests();
        assertThat(again).hasSameSizeAs(plan);
        assertThat(again.get(500).form().aboutYou()).isEqualTo(plan.get(500).form().aboutYou());
        assertThat(again.get(500).steps()).isEqualTo(plan.get(500).steps());
    }

    @Test
    void aFewHundredRequestsAMonthOverEveryBorough() {
        Map<YearMonth, Long> perMonth = plan.stream().collect(Collectors.groupingBy(
                p -> YearMonth.from(p.filedAt().atZone(LondonTime.ZONE)), Collectors.counting()));
        assertThat(perMonth).hasSize(37);
        perMonth.forEach((month, count) -> {
            if (!month.equals(YearMonth.from(FROM)) && !month.equals(YearMonth.from(TO))) {
                assertThat(count).as(month.toString()).isBetween(120L, 400L);
            }
        });
        assertThat(plan.stream().map(p -> p.form().incident().boroughCode()).distinct()).hasSize(32);
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
