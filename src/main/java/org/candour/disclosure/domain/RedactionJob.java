package org.candour.disclosure.domain;

import static org.candour.disclosure.domain.RedactionJobState.CANCELLED;
import static org.candour.disclosure.domain.RedactionJobState.DETECTING;
import static org.candour.disclosure.domain.RedactionJobState.FAILED;
import static org.candour.disclosure.domain.RedactionJobState.RENDERED;
import static org.candour.disclosure.domain.RedactionJobState.RENDERING;
import static org.candour.disclosure.domain.RedactionJobState.REVIEW;
import static org.candour.disclosure.domain.RedactionJobState.SIGNED_OFF;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.candour.disclosure.redaction.FaceTrack;
import org.candour.disclosure.redaction.RedactionLog;
import org.candour.disclosure.redaction.RedactionPlan;
import org.jspecify.annotations.Nullable;

/**
 * The redaction of one original clip of a request: faces found, the caseworker's plan, the rendered disclosure copy
 * and its redaction log. Each step returns the job as it is after the step, or refuses with a reason. {@code worker}
 * names the portal node doing the running work (so that a restarted node fails only its own interrupted jobs);
 * {@code version} is the version read, for optimistic locking.
 */
public record RedactionJob(UUID id, String reference, UUID originalId, RedactionJobState state, long framesDone,
                           long framesTotal, @Nullable List<FaceTrack> tracks, @Nullable RedactionPlan plan,
                           @Nullable RedactionLog log, @Nullable UUID renderedId, @Nullable String failure,
                           String requestedBy, String worker, Instant updatedAt, long version) {

    /** Told to whoever asks to find faces while they are being found (a second session or a double click). */
    public static final String ALREADY_FINDING = "Faces are already being found for this clip.";

    private static final EnumSet<RedactionJobState> PLANNABLE = EnumSet.of(REVIEW, RENDERED, FAILED);

    public RedactionJob {
        tracks = tracks == null ? null : List.copyOf(tracks);
    }

    /** A new job, finding the faces in the original. */
    public static RedactionJob detecting(UUID id, String reference, UUID originalId, String by, String worker,
                                         Instant at) {
        return new RedactionJob(id, reference, originalId, DETECTING, 0, 0, null, null, null, null, null, by, worker,
                at, 0);
    }

    public boolean detected() {
        return tracks != null && plan != null;
    }

    /** Whether the caseworker may change the plan and render: faces found, nothing running, not yet signed off. */
    public boolean plannable() {
        return detected() && PLANNABLE.contains(state);
    }

    /** The share of the running work done, 0 to 1. */
    public double progress() {
        return framesTotal <= 0 ? 0 : Math.min(1, (double) framesDone / framesTotal);
    }

    public RedactionJob facesFound(List<FaceTrack> found, RedactionPlan firstPlan, Instant at) {
        require(state == DETECTING, "Faces can only be recorded while they are being found.");
        return new RedactionJob(id, reference, originalId, REVIEW, framesDone, framesTotal, found, firstPlan, null,
                null, null, requestedBy, worker, at, version);
    }

    /** The caseworker's changed plan; a copy rendered from the earlier plan is no longer the job's copy. */
    public RedactionJob planned(RedactionPlan changed, Instant at) {
        requirePlannable();
        return new RedactionJob(id, reference, originalId, REVIEW, 0, 0, tracks, changed, null, null, null,
                requestedBy, worker, at, version);
    }

    public RedactionJob rendering(String by, String onWorker, Instant at) {
        requirePlannable();
        return new RedactionJob(id, reference, originalId, RENDERING, 0, 0, tracks, plan, null, null, null, by,
                onWorker, at, version);
    }

    /** Finding faces again after a failed or cancelled first attempt (a restart, an unreadable file, a stop). */
    public RedactionJob detectingAgain(String by, String onWorker, Instant at) {
        require(state != DETECTING, ALREADY_FINDING);
        require((state == FAILED || state == CANCELLED) && !detected(), "Faces have already been found in this clip.");
        return new RedactionJob(id, reference, originalId, DETECTING, 0, 0, null, null, null, null, null, by,
                onWorker, at, version);
    }

    public RedactionJob rendered(UUID copyId, RedactionLog redactionLog, Instant at) {
        require(state == RENDERING, "A copy can only be recorded while it is being rendered.");
        return new RedactionJob(id, reference, originalId, RENDERED, framesTotal, framesTotal, tracks, plan,
                redactionLog, copyId, null, requestedBy, worker, at, version);
    }

    public RedactionJob failed(String why, Instant at) {
        require(state.running(), "Only running work can fail.");
        return new RedactionJob(id, reference, originalId, FAILED, framesDone, framesTotal, tracks, plan, null, null,
                why, requestedBy, worker, at, version);
    }

    /**
     * A supervisor signed off the release of {@code copyId}: it must be this job's current copy, as rendered from
     * the plan the caseworker last saw (a copy replaced or re-planned since the proposal is not the one proposed).
     */
    public RedactionJob signedOff(UUID copyId, Instant at) {
        require(state == RENDERED && copyId.equals(renderedId), "The disclosure copy named in the decision is no "
                + "longer the current copy of its clip (the redaction was changed after the release was proposed). "
                + "Send the decision back so that the caseworker proposes the current copy.");
        return new RedactionJob(id, reference, originalId, SIGNED_OFF, framesDone, framesTotal, tracks, plan, log,
                renderedId, null, requestedBy, worker, at, version);
    }

    /**
     * A caseworker stopped the running work: finding faces ends CANCELLED (it can be run again); a render goes back to
     * REVIEW with the plan as it was and no copy. The worker sees the change and stops, storing nothing.
     */
    public RedactionJob cancelled(Instant at) {
        require(state.running(), "There is nothing running to cancel: the work has already "
                + (state == FAILED ? "stopped." : "finished."));
        return state == DETECTING
                ? new RedactionJob(id, reference, originalId, CANCELLED, framesDone, framesTotal, null, null, null, null,
                "Finding faces was cancelled. Nothing was stored; run it again when you need it.", requestedBy, worker,
                at, version)
                : new RedactionJob(id, reference, originalId, REVIEW, 0, 0, tracks, plan, null, null, null, requestedBy,
                worker, at, version);
    }

    private void requirePlannable() {
        require(state != SIGNED_OFF, "The disclosure copy of this clip is signed off: it can no longer be changed.");
        require(!state.running(), "Wait until the " + (state == DETECTING ? "faces are found" : "copy is rendered")
                + " before changing anything.");
        require(detected(), "Find the faces in this clip first.");
    }

    private static void require(boolean condition, String otherwise) {
        if (!condition) {
            throw new RedactionJobException(otherwise);
        }
    }
}
