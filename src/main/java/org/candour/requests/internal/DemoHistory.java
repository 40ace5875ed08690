package org.candour.requests.internal;

import java.time.Duration;
import java.time.LocalDate;
import org.candour.requests.CaseQueue;
import org.candour.requests.CaseworkService;
import org.candour.requests.DemoHistoryGenerated;
import org.candour.requests.RequestChangedException;
import org.candour.requests.RequestFilingService;
import org.candour.requests.WorkflowException;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.requests.domain.NewDocument;
import org.candour.shared.LondonTime;
import org.candour.shared.ReplayClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The local demo's history (profile {@code demo}): years of requests, filed and worked through the real services
 * at the time each thing happened ({@link HistoryPlan}, {@link HistoryReplay}), so that the queue, search,
 * analytics and the statistics releases show real figures. Generated once, on a background thread after the portal
 * is up (the portal can be used meanwhile), into the database under ./data; an interrupted generation resumes on the
 * next start and a finished one is skipped. When it is done, statistics publish a release of it.
 */
@Component
@Profile("demo")
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    private final HistoryReplay replay;
    private final FootageRequestRepository requests;
    private final DemoHistoryRuns runs;
    private final ApplicationEventPublisher events;
    private final ReplayClock clock;
    private final long seed;
    private final int years;
    private final int perMonth;

    @Autowired
    DemoHistory(RequestFilingService filing, CaseworkService casework, CaseQueue queue, ReplayClock clock,
                FootageRequestRepository requests, DemoHistoryRuns runs, ApplicationEventPublisher events,
                @Value("${candour.demo.history.seed:2023}") long seed,
                @Value("${candour.demo.history.years:3}") int years,
                @Value("${candour.demo.history.requests-per-month:250}") int perMonth) {
        this(new HistoryReplay(filing, casework, queue, clock, "caseworker", "supervisor"), requests, runs, events,
                clock, seed, years, perMonth);
    }

    DemoHistory(HistoryReplay replay, FootageRequestRepository requests, DemoHistoryRuns runs,
                ApplicationEventPublisher events, ReplayClock clock, long seed, int years, int perMonth) {
        this.replay = replay;
        this.requests = requests;
        this.runs = runs;
        this.events = events;
        this.clock = clock;
        this.seed = seed;
        this.years = years;
        this.perMonth = perMonth;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startInBackground() {
        if (perMonth > 0 && years > 0) {
            Thread.ofPlatform().daemon().name("demo-history").start(this::generate);
        }
    }

    void generate() {
        try {
            generateOnce();
        } catch (RuntimeException e) {
            log.error("Demo history: generation stopped; it carries on at the next start", e);
        }
    }

    private void generateOnce() {
        var anchor = runs.startOrResume(seed, LondonTime.today(clock), clock.instant());
        if (anchor.isEmpty()) {
            return;
        }
        var result = generate(anchor.get().minusYears(years), anchor.get());
        runs.complete(seed, result.requests(), clock.instant());
        events.publishEvent(result);
    }

    /** Files and works every planned request not yet in the database, earliest first. */
    DemoHistoryGenerated generate(LocalDate from, LocalDate to) {
        var plan = new HistoryPlan(seed, from, to, perMonth, new NewDocument("identity-card.png",
                DemoRequests.specimenImage())).requests();
        log.info("Demo history: generating {} requests from {} to {} in the background; the portal can be used "
                + "meanwhile", plan.size(), from, to);
        long started = System.nanoTime();
        long lastReport = started;
        int filed = 0;
        int steps = 0;
        int failed = 0;
        for (int i = 0; i < plan.size(); i++) {
            var planned = plan.get(i);
            if (requests.findBySubmissionKey(planned.submissionKey()).isPresent()) {
                continue;
            }
            try {
                steps += replay.replay(planned).stepsTaken();
                filed++;
            } catch (WorkflowException | RequestChangedException | AccessDeniedException | DataAccessException e) {
                // Someone worked on the request in the portal meanwhile, or the plan broke a rule: keep going.
                failed++;
                log.warn("Demo history: request {} of {} stopped early: {}", i + 1, plan.size(), e.getMessage());
            }
            if (System.nanoTime() - lastReport > PROGRESS_EVERY.toNanos()) {
                lastReport = System.nanoTime();
                log.info("Demo history: {} of {} requests ({} so far), {} s", i + 1, plan.size(),
                        planned.filedAt().atZone(LondonTime.ZONE).toLocalDate(),
                        Duration.ofNanos(lastReport - started).toSeconds());
            }
        }
        var took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Demo history: {} requests and {} casework steps generated in {} s ({} stopped early)", filed,
                steps, took.toSeconds(), failed);
        return new DemoHistoryGenerated(filed, steps, failed);
    }
}
