package org.candour.disclosure.review;

import java.time.Clock;
import org.candour.disclosure.FootageAudited;
import org.candour.disclosure.domain.RedactionJobException;
import org.candour.disclosure.internal.RedactionJobRecords;
import org.candour.shared.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Running redaction jobs whose lease ran out (their node died for good, or lost the database) are marked FAILED
 * with the reason, on any node, so that the caseworker sees it and runs them again. Runs every minute by default
 * ({@code candour.disclosure.job-lease-cron}; "-" turns it off). Two nodes doing it at once fail each job once: the
 * change names the version read.
 */
@Component
public class StaleJobs {

    static final String ACTOR = "system";
    private static final Logger LOG = LoggerFactory.getLogger(StaleJobs.class);

    private final RedactionJobRecords jobs;
    private final JobLeaseSettings settings;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StaleJobs(RedactionJobRecords jobs, JobLeaseSettings settings, AuditTrail audit,
              PlatformTransactionManager transactionManager, Clock clock) {
        this.jobs = jobs;
        this.settings = settings;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** @return how many jobs this call failed */
    @Scheduled(cron = "${candour.disclosure.job-lease-cron:30 * * * * *}")
    public int failStale() {
        var now = clock.instant();
        int failed = 0;
        for (var job : jobs.runningWithLeaseBefore(now.minus(settings.lease()))) {
            String why = (job.state() == org.candour.disclosure.domain.RedactionJobState.DETECTING ? "Finding faces"
                    : "Rendering the disclosure copy") + " stopped: the portal node running it (" + job.worker()
                    + ") gave no sign of work for " + settings.lease().toMinutes() + " minutes. Nothing was "
                    + "stored; run it again.";
            try {
                transactions.executeWithoutResult(status -> {
                    jobs.update(job.failed(why, now));
                    audit.record(new FootageAudited(ACTOR, FootageAudited.REDACTION, job.reference(), now,
                            "Redaction job " + job.id() + " on original " + job.originalId() + " failed: its lease "
                                    + "ran out on node " + job.worker()));
                });
                failed++;
            } catch (RedactionJobException changedMeanwhile) {
                LOG.debug("Redaction job {} changed while its lease was checked", job.id());
            }
        }
        if (failed > 0) {
            LOG.info("Marked {} redaction jobs failed: their lease ran out", failed);
        }
        return failed;
    }
}
