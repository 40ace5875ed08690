package org.candour.disclosure.review;

import java.time.Clock;
import org.candour.disclosure.internal.RedactionJobRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, the jobs this node left finding faces or rendering when it stopped are marked FAILED with the reason, so
 * that the caseworker sees what happened and runs them again. Other nodes' running jobs are theirs.
 */
@Component
public class InterruptedJobs {

    static final String REASON = "Interrupted: the portal restarted while this ran. Nothing was stored; run it again.";
    private static final Logger LOG = LoggerFactory.getLogger(InterruptedJobs.class);

    private final RedactionJobRecords jobs;
    private final RedactionExecutor executor;
    private final Clock clock;

    InterruptedJobs(RedactionJobRecords jobs, RedactionExecutor executor, Clock clock) {
        this.jobs = jobs;
        this.executor = executor;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void failInterrupted() {
        var interrupted = jobs.runningOn(executor.name());
        interrupted.forEach(job -> jobs.update(job.failed(REASON, clock.instant())));
        if (!interrupted.isEmpty()) {
            LOG.info("Marked {} interrupted redaction jobs failed", interrupted.size());
        }
    }
}
