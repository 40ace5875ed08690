package org.candour.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.candour.shared.audit.AuditTrail;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Entries arrive through events and through the direct API, in one linear chain however many write at once. */
@SpringBootTest
@Import(ClockTestConfiguration.class)
class AuditLogIT {

    /**
     * On PostgreSQL each event queued behind the locked chain head waits out the 10 s lock timeout before it fails,
     * so with a few events from earlier tests ahead of it, 30 s was sometimes too short (a flaky CI run).
     */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    AuditLog log;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MutableClock clock;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAuditedEventPublishedInATransactionIsRecordedAfterItCommits() {
        String subject = uniqueSubject();
        Instant at = Instant.parse("2026-11-20T09:30:00.123456789Z");

        transaction.executeWithoutResult(status -> events.publishEvent(
                new TestAudited("caseworker-1", "VIEWED_REQUESTER_DETAILS", subject, at, "identity check")));

        var entry = await().atMost(PATIENCE).until(() -> entries(subject), found -> found.size() == 1).getFirst();
        assertThat(entry.actor()).isEqualTo("caseworker-1");
        assertThat(entry.action()).isEqualTo("VIEWED_REQUESTER_DETAILS");
        assertThat(entry.details()).isEqualTo("identity check");
        assertThat(entry.at()).isEqualTo(Instant.parse("2026-11-20T09:30:00.123456Z"));
        assertThat(entry.hash()).matches("[0-9a-f]{64}");
    }

    @Test
    void anEventFromATransactionThatRolledBackIsNeverRecorded() {
        String subject = uniqueSubject();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new TestAudited("someone", "DISCLOSED", subject, clock.instant(), "rolled back"));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> events.publishEvent(
                new TestAudited("someone", "REFUSED", subject, clock.instant(), "committed")));

        await().atMost(PATIENCE).until(() -> !entries(subject).isEmpty());
        assertThat(entries(subject)).extracting(AuditEntry::details).containsExactly("committed");
    }

    @Test
    void recordingDirectlyUsesTheClockAndLinksToTheEntryBefore() {
        String subject = uniqueSubject();
        clock.set(ClockTestConfiguration.START.plusSeconds(42));

        var first = log.record("admin-1", "VIEWED_REQUESTER_DETAILS", subject, "first");
        var second = log.record("admin-1", "VIEWED_REQUESTER_DETAILS", subject, "second");

        assertThat(first.at()).isEqualTo(ClockTestConfiguration.START.plusSeconds(42));
        assertThat(second.sequence()).isGreaterThan(first.sequence());
        if (second.sequence() == first.sequence() + 1) {
            assertThat(second.previousHash()).isEqualTo(first.hash());
        }
        assertThat(log.verify().isIntact()).isTrue();
    }

    @Test
    void anEntryRecordedInACallersTransactionThatRollsBackLeavesNoTraceAndTheChainIntact() {
        String subject = uniqueSubject();

        transaction.executeWithoutResult(status -> {
            trail.record(new TestAudited("caseworker-2", "VIEWED_REQUESTER_DETAILS", subject, clock.instant(),
                    "then the caller failed"));
            status.setRollbackOnly();
        });
        trail.record(new TestAudited("caseworker-2", "VIEWED_REQUESTER_DETAILS", subject, clock.instant(), "kept"));

        assertThat(entries(subject)).extracting(AuditEntry::details).containsExactly("kept");
        assertThat(log.verify().isIntact()).isTrue();
    }

    @Test
    void anEventThatCouldNotBeRecordedAtFirstStaysInTheOutboxAndIsRecordedByARetry() throws Exception {
        String subject = uniqueSubject();
        var headLocked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = Thread.ofPlatform().start(() -> transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("select last_sequence from audit_chain_head where id = 1 for update", Long.class);
            headLocked.countDown();
            awaitQuietly(release);
        }));
        try {
            assertThat(headLocked.await(10, TimeUnit.SECONDS)).isTrue();
            transaction.executeWithoutResult(status -> events.publishEvent(
                    new TestAudited("caseworker-3", "DISCLOSED", subject, clock.instant(), "after a retry")));

            await().atMost(PATIENCE).until(() -> failedAtLeastOnce(subject));
            assertThat(entries(subject)).isEmpty();
        } finally {
            release.countDown();
            holder.join();
        }

        await().atMost(PATIENCE).until(() -> entries(subject).size() == 1);
        assertThat(log.verify().isIntact()).isTrue();
    }

    @Test
    void manyWritersAtOnceGiveOneGapFreeLinearChain() throws Exception {
        String subject = uniqueSubject();
        int writers = 8;
        int each = 25;
        long before = log.verify().entriesChecked();
        List<Callable<Void>> work = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            String actor = "writer-" + writer;
            work.add(() -> {
                for (int i = 0; i < each; i++) {
                    if (i % 2 == 0) {
                        log.record(actor, "CONCURRENT", subject, actor + " direct " + i);
                    } else {
                        String details = actor + " event " + i;
                        transaction.executeWithoutResult(status -> events.publishEvent(
                                new TestAudited(actor, "CONCURRENT", subject, clock.instant(), details)));
                    }
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(writers)) {
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        }

        await().atMost(PATIENCE).until(() -> entries(subject).size() == writers * each);
        var verification = log.verify();
        assertThat(verification.firstBreak()).isNull();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(before + writers * each);
        assertThat(entries(subject)).extracting(AuditEntry::details).doesNotHaveDuplicates();
    }

    @Test
    void aFilterNarrowsTheLogBySubjectAndActorNewestFirst() {
        String subject = uniqueSubject();
        log.record("filter-actor-a", "VIEWED", subject, "1");
        log.record("filter-actor-b", "VIEWED", subject, "2");
        log.record("filter-actor-a", "VIEWED", subject, "3");

        var page = log.list(new AuditFilter(subject.toLowerCase(), " FILTER-ACTOR-A "), PageRequest.of(0, 10));

        assertThat(page.getContent()).extracting(AuditEntry::details).containsExactly("3", "1");
    }

    @Test
    void anEntryWithoutAnActorOrWithControlCharactersIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> log.record(" ", "VIEWED", uniqueSubject(), ""));
        assertThatIllegalArgumentException().isThrownBy(() -> log.record("a", "VIEWED", uniqueSubject(), "x\ny"));
        assertThat(log.verify().isIntact()).isTrue();
    }

    /**
     * Failed now, or failed before and already resubmitted by the retry. Polling for the failed status alone could
     * miss it: with the retry every second and each attempt waiting out the same lock timeout, the moment of failure
     * and the next retry can keep the same short gap cycle after cycle.
     */
    private boolean failedAtLeastOnce(String subject) {
        return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ? "
                + "and completion_date is null and (status = 'FAILED' or last_resubmission_date is not null)",
                Integer.class, "%" + subject + "%") > 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<AuditEntry> entries(String subject) {
        return log.list(new AuditFilter(subject, ""), PageRequest.of(0, 1000)).getContent();
    }

    private static String uniqueSubject() {
        return "TEST-" + UUID.randomUUID();
    }
}
