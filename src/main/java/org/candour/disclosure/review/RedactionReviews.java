package org.candour.disclosure.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.candour.disclosure.FootageAudited;
import org.candour.disclosure.FootageFile;
import org.candour.disclosure.FootageKind;
import org.candour.disclosure.domain.RedactionJob;
import org.candour.disclosure.domain.RedactionJobException;
import org.candour.disclosure.domain.RedactionJobState;
import org.candour.disclosure.internal.FootageFileRecords;
import org.candour.disclosure.internal.RedactionJobRecords;
import org.candour.disclosure.internal.StaffCheck;
import org.candour.disclosure.redaction.ClipInfo;
import org.candour.disclosure.redaction.InvalidRedactionPlanException;
import org.candour.disclosure.redaction.ManualBox;
import org.candour.disclosure.redaction.RedactionPlan;
import org.candour.disclosure.redaction.TimeRange;
import org.candour.identity.Role;
import org.candour.requests.CaseDetails;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestState;
import org.candour.shared.LondonTime;
import org.candour.shared.audit.AuditTrail;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Redaction review of an original clip for caseworkers and supervisors: find the faces (in the background), choose
 * what to blur (keep a track clear, add a manual box, silence a stretch), render the disclosure copy (in the
 * background; progress readable from any session), and propose releasing it for a supervisor's sign-off. Each
 * change names the job's version read and is refused if the job changed since.
 */
@Service
public class RedactionReviews {

    private static final Role[] CASEWORK = {Role.CASEWORKER, Role.SUPERVISOR};

    private final FootageFileRecords files;
    private final RedactionJobRecords jobs;
    private final RedactionExecutor executor;
    private final RedactionWorker worker;
    private final TimelineFrames frames;
    private final CaseworkService casework;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RedactionReviews(FootageFileRecords files, RedactionJobRecords jobs, RedactionExecutor executor,
                     RedactionWorker worker, TimelineFrames frames, CaseworkService casework, AuditTrail audit,
                     PlatformTransactionManager transactionManager, Clock clock) {
        this.files = files;
        this.jobs = jobs;
        this.executor = executor;
        this.worker = worker;
        this.frames = frames;
        this.casework = casework;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** An original clip of a request the member of staff may see. */
    public Optional<FootageFile> original(String reference, UUID originalId) {
        StaffCheck.require("redact footage", CASEWORK);
        return files.byId(originalId).filter(file -> file.kind() == FootageKind.ORIGINAL)
                .filter(file -> file.requestReference().equals(reference))
                .filter(file -> casework.find(reference).isPresent());
    }

    /** The latest redaction of an original clip, if any was started. */
    public Optional<RedactionJob> latest(UUID originalId) {
        StaffCheck.require("redact footage", CASEWORK);
        return jobs.latestFor(originalId).filter(this::visible);
    }

    /** The job as it is now, e.g. for a progress bar: written by the worker, readable from any session. */
    public Optional<RedactionJob> job(UUID jobId) {
        StaffCheck.require("redact footage", CASEWORK);
        return jobs.byId(jobId).filter(this::visible);
    }

    /**
     * Starts finding the faces in an original (or again, after a failed or cancelled first attempt). Only one job
     * runs on an original: a second start (another session, a double click, another node) is refused by the database
     * and told that faces are already being found.
     */
    public RedactionJob findFaces(String reference, UUID originalId) {
        String by = StaffCheck.require("redact footage", CASEWORK);
        var original = original(reference, originalId).orElseThrow(() -> new RedactionJobException(
                "There is no such clip on request " + reference + "."));
        RedactionJob started;
        try {
            started = transactions.execute(status -> {
                var latest = jobs.latestFor(originalId);
                var job = latest.isPresent() ? jobs.update(latest.get().detectingAgain(by, executor.name(),
                        clock.instant())) : jobs.insert(RedactionJob.detecting(UUID.randomUUID(), reference,
                        originalId, by, executor.name(), clock.instant()));
                audit.record(new FootageAudited(by, FootageAudited.REDACTION, reference, clock.instant(),
                        "Finding faces in original " + original.id() + ", SHA-256 " + original.sha256() + " (job "
                                + job.id() + ")"));
                return job;
            });
        } catch (DataAccessException | RedactionJobException refused) {
            if (jobs.latestFor(originalId).filter(job -> job.state() == RedactionJobState.DETECTING).isPresent()) {
                throw new RedactionJobException(RedactionJob.ALREADY_FINDING);
            }
            throw refused;
        }
        return submit(started, () -> worker.findFaces(started));
    }

    /**
     * Stops the running work of a job (finding faces, or a render) and records who stopped it. The worker sees the
     * change at its next frame and stops; nothing it was writing is stored.
     */
    public RedactionJob cancel(UUID jobId, long version) {
        String by = StaffCheck.require("redact footage", CASEWORK);
        return transactions.execute(status -> {
            var job = jobs.byId(jobId).filter(this::visible).orElseThrow(() -> new RedactionJobException(
                    "There is no such redaction."));
            var stopped = job.cancelled(clock.instant());
            if (job.version() != version) {
                throw new RedactionJobException("Someone else changed this redaction meanwhile. Look at it again "
                        + "and repeat your change.");
            }
            var saved = jobs.update(stopped);
            audit.record(new FootageAudited(by, FootageAudited.REDACTION, job.reference(), clock.instant(),
                    (job.state() == RedactionJobState.DETECTING ? "Cancelled finding faces in original "
                            : "Cancelled rendering a disclosure copy of original ") + job.originalId() + " (job "
                            + job.id() + ") at " + Math.round(job.progress() * 100) + "%"));
            return saved;
        });
    }

    /** Blurs a face track, or keeps it clear (the requester's own face). */
    public RedactionJob keepClear(UUID jobId, long version, int trackId, boolean clear) {
        return replan(jobId, version, plan -> {
            var ids = new TreeSet<>(plan.keptClear());
            if (clear) {
                ids.add(trackId);
            } else {
                ids.remove(trackId);
            }
            return new RedactionPlan(plan.tracks(), ids, plan.manualBoxes(), plan.mutes(), plan.burnedInLine());
        });
    }

    /** @throws InvalidRedactionPlanException if the box is not inside the frame or its time not inside the clip */
    public RedactionJob addManualBox(UUID jobId, long version, ManualBox box) {
        return replan(jobId, version, plan -> plan.withManualBox(box));
    }

    public RedactionJob removeManualBox(UUID jobId, long version, int index) {
        return replan(jobId, version, plan -> new RedactionPlan(plan.tracks(), plan.keptClear(),
                without(plan.manualBoxes(), index), plan.mutes(), plan.burnedInLine()));
    }

    /** @throws InvalidRedactionPlanException if the time is not inside the clip or the clip has no sound */
    public RedactionJob addMute(UUID jobId, long version, TimeRange range) {
        return replan(jobId, version, plan -> plan.withMute(range));
    }

    public RedactionJob removeMute(UUID jobId, long version, int index) {
        return replan(jobId, version, plan -> new RedactionPlan(plan.tracks(), plan.keptClear(), plan.manualBoxes(),
                without(plan.mutes(), index), plan.burnedInLine()));
    }

    /**
     * Renders the disclosure copy from the plan in the background, with the line "Disclosed to BWV-... on DATE"
     * dated today.
     */
    public RedactionJob render(UUID jobId, long version) {
        String by = StaffCheck.require("redact footage", CASEWORK);
        var started = transactions.execute(status -> {
            var job = current(jobId, version);
            var plan = job.plan();
            var dated = plan == null ? null : new RedactionPlan(plan.tracks(), plan.keptClear(), plan.manualBoxes(),
                    plan.mutes(), RedactionPlan.disclosureLine(job.reference(), LondonTime.today(clock)));
            var rendering = jobs.update(dated == null ? job.rendering(by, executor.name(), clock.instant())
                    : job.planned(dated, clock.instant()).rendering(by, executor.name(), clock.instant()));
            audit.record(new FootageAudited(by, FootageAudited.REDACTION, job.reference(), clock.instant(),
                    "Rendering a disclosure copy of original " + job.originalId() + " (job " + job.id() + ")"));
            return rendering;
        });
        return submit(started, () -> worker.render(started));
    }

    /** The timeline strip of the job's original with its plan drawn on it. */
    public List<Thumbnail> timeline(RedactionJob job) {
        StaffCheck.require("redact footage", CASEWORK);
        var plan = job.plan();
        var original = files.byId(job.originalId());
        if (plan == null || original.isEmpty() || !visible(job)) {
            return List.of();
        }
        return frames.of(original.get()).stream().map(still -> TimelineDrawing.draw(still, plan)).toList();
    }

    /** The job's rendered disclosure copy, if it has one. */
    public Optional<FootageFile> copy(RedactionJob job) {
        StaffCheck.require("redact footage", CASEWORK);
        var copyId = job.renderedId();
        return copyId == null || !visible(job) ? Optional.empty() : files.byId(copyId);
    }

    /** Whether a release may be proposed on the request now (it is in review with no decision waiting). */
    public boolean releaseMayBeProposed(String reference) {
        return casework.find(reference).filter(details -> details.state() == RequestState.IN_REVIEW
                        || details.state() == RequestState.INTERNAL_REVIEW)
                .filter(details -> !details.decision().awaitingSignOff()).isPresent();
    }

    /**
     * Proposes releasing the job's rendered copy: with redactions, a partial disclosure under s.45(4)(e) (the rights
     * of others); without, a full one. Either waits for a supervisor other than the proposer to sign it off.
     */
    public CaseDetails proposeRelease(UUID jobId, boolean redacted) {
        StaffCheck.require("propose a release", CASEWORK);
        var job = jobs.byId(jobId).filter(this::visible).orElseThrow(() -> new RedactionJobException(
                "There is no such redaction."));
        var copyId = job.renderedId();
        if (job.state() != RedactionJobState.RENDERED || copyId == null) {
            throw new RedactionJobException("Render the disclosure copy before proposing its release.");
        }
        var copy = files.byId(copyId).orElseThrow();
        var details = casework.find(job.reference()).orElseThrow();
        return casework.proposeRelease(job.reference(), details.version(), redacted, copyId, copy.sha256());
    }

    private RedactionJob replan(UUID jobId, long version, UnaryOperator<RedactionPlan> change) {
        StaffCheck.require("redact footage", CASEWORK);
        var job = current(jobId, version);
        var plan = job.plan();
        if (plan == null) {
            throw new RedactionJobException("Find the faces in this clip first.");
        }
        var changed = change.apply(plan);
        var original = files.byId(job.originalId()).orElseThrow();
        var problems = changed.problemsIn(clipOf(original)).stream()
                .filter(problem -> !problem.startsWith("the burned-in line")).toList();
        if (!problems.isEmpty()) {
            throw new InvalidRedactionPlanException(problems);
        }
        return jobs.update(job.planned(changed, clock.instant()));
    }

    private RedactionJob current(UUID jobId, long version) {
        var job = jobs.byId(jobId).filter(this::visible).orElseThrow(() -> new RedactionJobException(
                "There is no such redaction."));
        if (job.version() != version) {
            throw new RedactionJobException("Someone else changed this redaction meanwhile. Look at it again and "
                    + "repeat your change.");
        }
        return job;
    }

    private RedactionJob submit(RedactionJob job, Runnable work) {
        if (executor.submit(work)) {
            return job;
        }
        jobs.update(job.failed("The portal is busy with other redactions. Nothing was started: try again in a few "
                + "minutes.", clock.instant()));
        throw new RedactionJobException("The portal is busy with other redactions. Try again in a few minutes.");
    }

    private boolean visible(RedactionJob job) {
        return casework.find(job.reference()).isPresent();
    }

    static ClipInfo clipOf(FootageFile original) {
        var facts = original.facts();
        return new ClipInfo(facts.width(), facts.height(), facts.duration(), facts.frameRate(),
                Math.round(facts.duration().toMillis() / 1000.0 * facts.frameRate()), facts.audioCodec() != null,
                facts.videoCodec());
    }

    private static <T> List<T> without(List<T> items, int index) {
        if (index < 0 || index >= items.size()) {
            throw new RedactionJobException("That item is no longer in the plan. Look at it again.");
        }
        var left = new ArrayList<>(items);
        left.remove(index);
        return left;
    }
}
