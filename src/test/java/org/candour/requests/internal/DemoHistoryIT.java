package org.candour.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.requests.CaseQueue;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.requests.RequestState;
import org.candour.requests.domain.Decision;
import org.candour.requests.domain.FootageRequest;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.requests.domain.NewDocument;
import org.candour.shared.Boroughs;
import org.candour.shared.LondonTime;
import org.candour.shared.ReplayClock;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsReleases;
import org.candour.support.TestStaff;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two months of demo history through the real services: each request ends in the state its last step leads to,
 * with the stage times, receipt and verification dates of its plan, and a release of it shows non-zero figures.
 */
@SpringBootTest
@Import(DemoHistoryIT.ReplayClockConfiguration.class)
class DemoHistoryIT {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final long SEED = 7;

    @TestConfiguration(proxyBeanMethods = false)
    static class ReplayClockConfiguration {

        @Bean
        @Primary
        ReplayClock replayClock() {
            return new ReplayClock(Clock.fixed(NOW, LondonTime.ZONE));
        }
    }

    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    CaseQueue queue;
    @Autowired
    ReplayClock clock;
    @Autowired
    FootageRequestRepository requests;
    @Autowired
    DemoHistoryRuns runs;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StatisticsReleases releases;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    jakarta.persistence.EntityManager entities;

    @Test
    void twoMonthsOfHistoryGoThroughTheWorkflowAndIntoARelease() {
        String caseworker = accounts.open(TestStaff.account("history-caseworker", Role.CASEWORKER)).username();
        String supervisor = accounts.open(TestStaff.account("history-supervisor", Role.SUPERVISOR)).username();
        var replay = new HistoryReplay(filing, casework, queue, clock, caseworker, supervisor);
        var to = LondonTime.today(clock);
        var from = to.minusMonths(2);
        int perMonth = 30;
        // Two boroughs only, so that a short history gives each 10 or more answers: enough for the league table.
        var boroughs = List.of(Boroughs.byCode("E09000008").orElseThrow(), Boroughs.byCode("E09000003")
                .orElseThrow());
        var history = new DemoHistory(replay, requests, runs, events, clock, transaction, entities, SEED, 1,
                perMonth, 10, boroughs);

        long started = System.nanoTime();
        var generated = history.generate(from, to);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Demo history: %d requests, %d steps in %d ms (%.1f ms a request)%n", generated.requests(),
                generated.steps(), millis, (double) millis / Math.max(1, generated.requests()));

        var plan = new HistoryPlan(SEED, from, to, perMonth, new NewDocument("identity-card.png",
                DemoRequests.specimenImage()), boroughs).requests();
        assertThat(generated.stoppedEarly()).isZero();
        assertThat(generated.requests()).isEqualTo(plan.size()).isBetween(30, 100);
        for (PlannedRequest planned : plan) {
            transaction.executeWithoutResult(status -> checkAgainstPlan(planned,
                    requests.findBySubmissionKey(planned.submissionKey()).orElseThrow()));
        }

        assertThat(history.generate(from, to).requests()).as("a second run files nothing again").isZero();

        var release = releases.version(releases.publish("Demo history test", ReleaseSummary.Trigger.DEMO).version())
                .orElseThrow();
        var received = release.row(Level.LONDON, Level.LONDON_CODE, YearMonth.from(from.plusMonths(1))).orElseThrow()
                .cells().get(Measure.REQUESTS_RECEIVED);
        assertThat(received.isPublished()).isTrue();
        assertThat(received.value()).isGreaterThanOrEqualTo(10.0);
        var answered = release.rows(Level.LONDON).stream().map(row -> row.cells().get(Measure.DISCLOSED))
                .filter(cell -> cell.isPublished() && cell.value() != null && cell.value() > 0).toList();
        System.out.println("London months with published disclosures: " + answered.size());
        // The league table ranks a borough over the 12 months to a month once 10 of its requests were answered.
        var month = YearMonth.from(to);
        for (var borough : boroughs) {
            var median = release.row(Level.BOROUGH, borough.gssCode(), month).orElseThrow().cell(
                    Measure.MEDIAN_DAYS_TO_ANSWER_12_MONTHS);
            System.out.println("League, 12 months to " + month + ": " + borough.name() + " median " + median.value());
            assertThat(median.isPublished()).as(borough.name() + " ranked").isTrue();
        }
    }

    private void checkAgainstPlan(PlannedRequest planned, FootageRequest request) {
        var taken = planned.steps().stream().filter(step -> !step.at().isAfter(NOW)).toList();
        assertThat(request.receivedOn()).isEqualTo(planned.filedAt().atZone(LondonTime.ZONE).toLocalDate());
        assertThat(request.submittedAt()).isEqualTo(planned.filedAt());
        assertThat(request.state()).as(request.reference().value()).isEqualTo(expectedState(taken));
        taken.stream().filter(step -> step.kind() == HistoryStep.Kind.VERIFY_IDENTITY).findFirst()
                .ifPresent(step -> assertThat(request.identityVerifiedOn()).isEqualTo(step.on()));
        // Every stage was entered at the time of a step of the plan (or the filing): the clock was the event's.
        var times = new java.util.HashSet<Instant>(taken.stream().map(HistoryStep::at).toList());
        times.add(planned.filedAt());
        request.stages().forEach(stage -> assertThat(times).contains(stage.enteredAt()));
        assertThat(request.stages()).hasSizeGreaterThanOrEqualTo(1);
    }

    private static RequestState expectedState(List<HistoryStep> taken) {
        RequestState state = RequestState.SUBMITTED;
        @Nullable Decision proposed = null;
        for (HistoryStep step : taken) {
            state = switch (step.kind()) {
                case ASK_FOR_IDENTITY -> RequestState.AWAITING_IDENTITY;
                case VERIFY_IDENTITY -> RequestState.IDENTITY_VERIFIED;
                case START_SEARCH, CLARIFICATION_RECEIVED -> RequestState.SEARCHING;
                case ASK_FOR_CLARIFICATION -> RequestState.AWAITING_CLARIFICATION;
                case START_REVIEW -> RequestState.IN_REVIEW;
                case DECIDE -> {
                    proposed = step.decision();
                    yield proposed == Decision.DISCLOSED ? RequestState.DISCLOSED : state;
                }
                case SIGN_OFF -> proposed == null ? state : proposed.state();
                case NO_FOOTAGE_HELD -> RequestState.NO_FOOTAGE_HELD;
                case WITHDRAW -> RequestState.WITHDRAWN;
                case CLOSE -> RequestState.CLOSED;
                case ASSIGN, EXTEND -> state;
            };
        }
        return state;
    }

}
