package org.candour.requests.internal;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.candour.requests.CaseQueue;
import org.candour.requests.CaseworkService;
import org.candour.requests.DemoHistoryGenerated;
import org.candour.requests.RequestChangedException;
import org.candour.requests.RequestFilingService;
import org.candour.requests.WorkflowException;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.requests.domain.NewDocument;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The local demo's history (profile {@code demo}): years of requests, filed and worked through the real services
 * at the time each thing happened ({@link HistoryPlan}, {@link HistoryReplay}), so that the queue, search,
 * analytics and the statistics releases show real figures. Generated once, on a background thread after the portal
 * is up (the portal can be used meanwhile), into the database under ./data; an interrupted generation resumes on the
 * next start and a finished one is skipped. When it is done, statistics publish a release of it.
 *
 * <p>Speed: each casework step is a real service call, but {@code batch} requests share one transaction (the
 * services join it), so a batch costs one commit, and a request is loaded once for all its steps, not once per step.
 * Its events are published with the commit, as any transaction's are; the audit log, the index and the mail
 * listeners catch up through the outbox behind the generator. A batch that fails as a whole (someone worked on one
 * of its requests in the portal meanwhile) is rolled back and replayed one request at a time.
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
    private final TransactionTemplate transaction;
    private final int batch;
    private final List<Borough> boroughs;
    private final EntityManager entities;

    @Autowired
    DemoHistory(RequestFilingService filing, CaseworkService casework, CaseQueue queue, ReplayClock clock,
                FootageRequestRepository requests, DemoHistoryRuns runs, ApplicationEventPublisher events,
                PlatformTransactionManager transactions, EntityManager entities,
                @Value("${candour.demo.history.seed:2023}") long seed,
                @Value("${candour.demo.history.years:3}") int years,
                @Value("${candour.demo.history.requests-per-month:120}") int perMonth,
                @Value("${candour.demo.history.batch:20}") int batch) {
        this(new HistoryReplay(filing, casework, queue, clock, "caseworker", "supervisor"), requests, runs, events,
                clock, new TransactionTemplate(transactions), entities, seed, years, perMonth, batch,
                Boroughs.policedByTheMet());
    }

    DemoHistory(HistoryReplay replay, FootageRequestRepository requests, DemoHistoryRuns runs,
                ApplicationEventPublisher events, ReplayClock clock, TransactionTemplate transaction,
                EntityManager entities, long seed, int years, int perMonth, int batch, List<Borough> boroughs) {
        this.replay = replay;
        this.entities = entities;
        this.boroughs = boroughs;
        this.transaction = transaction;
        this.batch = Math.max(1, batch);
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
                DemoRequests.specimenImage()), boroughs).requests();
        log.info("Demo history: generating {} requests from {} to {} in the background; the portal can be used "
                + "meanwhile", plan.size(), from, to);
        var progress = new Progress(plan.size());
        var pending = new ArrayList<PlannedRequest>(batch);
        for (int i = 0; i < plan.size(); i++) {
            var planned = plan.get(i);
            if (requests.findBySubmissionKey(planned.submissionKey()).isEmpty()) {
                pending.add(planned);
            }
            if (pending.size() == batch || i == plan.size() - 1) {
                replayBatch(pending, progress);
                pending.clear();
                progress.report(i + 1, planned);
            }
        }
        var took = progress.elapsed();
        log.info("Demo history: {} requests and {} casework steps generated in {} s ({} requests a second, {} "
                + "stopped early)", progress.filed, progress.steps, took.toSeconds(),
                String.format(java.util.Locale.ROOT, "%.1f", progress.filed * 1000.0 / Math.max(1, took.toMillis())),
                progress.failed);
        return new DemoHistoryGenerated(progress.filed, progress.steps, progress.failed);
    }

    /** One transaction for the batch; if it fails, each request again on its own, so one bad request stops alone. */
    private void replayBatch(List<PlannedRequest> pending, Progress progress) {
        if (pending.isEmpty()) {
            return;
        }
        try {
            int steps = transaction.execute(status -> pending.stream().mapToInt(this::replayAndLetGo).sum());
            progress.filed += pending.size();
            progress.steps += steps;
        } catch (RuntimeException batchFailed) {
            if (pending.size() == 1) {
                progress.stoppedEarly(pending.getFirst(), batchFailed);
                return;
            }
            pending.forEach(one -> replayBatch(List.of(one), progress));
        }
    }

    /**
     * Replays one request, then writes it out and lets go of its entities: every query flushes the session first,
     * checking each entity it holds, so a session that kept the whole batch would cost more with each request.
     */
    private int replayAndLetGo(PlannedRequest planned) {
        int steps = replay.replay(planned).stepsTaken();
        entities.flush();
        entities.clear();
        return steps;
    }

    /** How far the generation got, for the log and the result. */
    private static final class Progress {

        private final int planned;
        private final long started = System.nanoTime();
        private long lastReport = started;
        int filed;
        int steps;
        int failed;

        Progress(int planned) {
            this.planned = planned;
        }

        void stoppedEarly(PlannedRequest planned, RuntimeException e) {
            if (!(e instanceof WorkflowException || e instanceof RequestChangedException
                    || e instanceof AccessDeniedException || e instanceof DataAccessException
                    || e instanceof org.springframework.transaction.TransactionException)) {
                throw e;
            }
            // Someone worked on the request in the portal meanwhile, or the plan broke a rule: keep going.
            failed++;
            log.warn("Demo history: request {} stopped early: {}", planned.submissionKey(), e.getMessage());
        }

        void report(int done, PlannedRequest last) {
            if (System.nanoTime() - lastReport > PROGRESS_EVERY.toNanos()) {
                lastReport = System.nanoTime();
                log.info("Demo history: {} of {} requests ({} so far), {} s", done, planned,
                        last.filedAt().atZone(LondonTime.ZONE).toLocalDate(), elapsed().toSeconds());
            }
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - started);
        }
    }
}
