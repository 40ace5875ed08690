package org.candour.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.candour.disclosure.redaction.Box;
import org.candour.disclosure.redaction.ClipInfo;
import org.candour.disclosure.redaction.FaceTrack;
import org.candour.disclosure.redaction.RedactionLog;
import org.candour.disclosure.redaction.RedactionPlan;
import org.candour.disclosure.redaction.RedactionSettings;
import org.candour.disclosure.redaction.TrackPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The steps of a redaction job: which are allowed in which state, and what each keeps or clears. */
class RedactionJobTest {

    private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");
    private static final FaceTrack TRACK = new FaceTrack(1, List.of(new TrackPoint(Duration.ZERO,
            new Box(0.1, 0.1, 0.2, 0.2))), Duration.ofMillis(200), Duration.ofMillis(600));
    private static final RedactionPlan PLAN = new RedactionPlan(List.of(TRACK), Set.of(), List.of(), List.of(),
            "Disclosed to BWV-2026-000001 on 6 December 2026");
    private static final ClipInfo CLIP = new ClipInfo(320, 240, Duration.ofSeconds(2), 25, 50, true, "h264");
    private static final RedactionLog LOG = RedactionLog.of(PLAN, CLIP, RedactionSettings.DEFAULT, "engine");
    private static final UUID COPY = UUID.randomUUID();

    private static RedactionJob detecting() {
        return RedactionJob.detecting(UUID.randomUUID(), "BWV-2026-000001", UUID.randomUUID(), "casey", "node-a", AT);
    }

    private static RedactionJob inReview() {
        return detecting().facesFound(List.of(TRACK), PLAN, AT);
    }

    private static RedactionJob rendered() {
        return inReview().rendering("casey", "node-a", AT).rendered(COPY, LOG, AT);
    }

    @Test
    void facesFoundOpenTheReviewWithTheFirstPlan() {
        var job = inReview();
        assertThat(job.state()).isEqualTo(RedactionJobState.REVIEW);
        assertThat(job.tracks()).containsExactly(TRACK);
        assertThat(job.plannable()).isTrue();
    }

    @Test
    void renderingStartsAfreshAndItsCopyIsRecordedWithTheLog() {
        var rendering = inReview().rendering("sam", "node-b", AT);
        assertThat(rendering.state()).isEqualTo(RedactionJobState.RENDERING);
        assertThat(rendering.requestedBy()).isEqualTo("sam");
        assertThat(rendering.worker()).isEqualTo("node-b");
        assertThat(rendering.progress()).isZero();
        assertThat(rendering.plannable()).isFalse();

        var done = rendering.rendered(COPY, LOG, AT);
        assertThat(done.state()).isEqualTo(RedactionJobState.RENDERED);
        assertThat(done.renderedId()).isEqualTo(COPY);
        assertThat(done.log()).isEqualTo(LOG);
    }

    @Test
    void changingThePlanOfARenderedCopyLetsGoOfTheCopy() {
        var replanned = rendered().planned(PLAN.keepingClear(1), AT);
        assertThat(replanned.state()).isEqualTo(RedactionJobState.REVIEW);
        assertThat(replanned.renderedId()).isNull();
        assertThat(replanned.log()).isNull();
        assertThat(replanned.plan().keptClear()).containsExactly(1);
    }

    @Test
    void aFailedRenderKeepsTheFacesAndPlanAndCanBeRenderedAgain() {
        var failed = inReview().rendering("casey", "node-a", AT).failed("FFmpeg stopped", AT);
        assertThat(failed.state()).isEqualTo(RedactionJobState.FAILED);
        assertThat(failed.failure()).isEqualTo("FFmpeg stopped");
        assertThat(failed.renderedId()).isNull();
        assertThat(failed.plan()).isEqualTo(PLAN);
        assertThat(failed.rendering("casey", "node-a", AT).state()).isEqualTo(RedactionJobState.RENDERING);
    }

    @Test
    void aFailedSearchForFacesIsRunAgainAndNothingElse() {
        var failed = detecting().failed("Interrupted", AT);
        assertThat(failed.plannable()).isFalse();
        assertThat(failed.detectingAgain("casey", "node-a", AT).state()).isEqualTo(RedactionJobState.DETECTING);
        assertThatThrownBy(() -> failed.rendering("casey", "node-a", AT)).isInstanceOf(RedactionJobException.class)
                .hasMessageContaining("Find the faces");
        assertThatThrownBy(() -> inReview().detectingAgain("casey", "node-a", AT))
                .hasMessageContaining("already been found");
    }

    @Test
    void runningWorkRefusesChanges() {
        var rendering = inReview().rendering("casey", "node-a", AT);
        assertThatThrownBy(() -> rendering.planned(PLAN, AT)).hasMessageContaining("Wait until the copy is rendered");
        assertThatThrownBy(() -> rendering.rendering("casey", "node-a", AT)).isInstanceOf(RedactionJobException.class);
        assertThatThrownBy(() -> detecting().planned(PLAN, AT)).hasMessageContaining("faces are found");
    }

    @ParameterizedTest
    @EnumSource(value = RedactionJobState.class, names = {"REVIEW", "RENDERED", "FAILED", "SIGNED_OFF", "CANCELLED"})
    void onlyRunningWorkCanFail(RedactionJobState state) {
        var job = in(state);
        assertThatThrownBy(() -> job.failed("why", AT)).isInstanceOf(RedactionJobException.class);
    }

    @Test
    void cancellingFindingFacesEndsTheJobAndItCanBeRunAgain() {
        var cancelled = withFrames(detecting(), 10, 50).cancelled(AT);
        assertThat(cancelled.state()).isEqualTo(RedactionJobState.CANCELLED);
        assertThat(cancelled.detected()).isFalse();
        assertThat(cancelled.plannable()).isFalse();
        assertThat(cancelled.failure()).contains("cancelled", "Nothing was stored");
        assertThat(cancelled.detectingAgain("sam", "node-b", AT).state()).isEqualTo(RedactionJobState.DETECTING);
    }

    @Test
    void cancellingARenderGoesBackToReviewWithThePlanAndNoCopy() {
        var planned = rendered().planned(PLAN, AT);
        var cancelled = withFrames(planned.rendering("casey", "node-a", AT), 20, 50).cancelled(AT);
        assertThat(cancelled.state()).isEqualTo(RedactionJobState.REVIEW);
        assertThat(cancelled.plan()).isEqualTo(PLAN);
        assertThat(cancelled.tracks()).containsExactly(TRACK);
        assertThat(cancelled.renderedId()).isNull();
        assertThat(cancelled.progress()).isZero();
        assertThat(cancelled.plannable()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = RedactionJobState.class, names = {"REVIEW", "RENDERED", "FAILED", "SIGNED_OFF", "CANCELLED"})
    void onlyRunningWorkCanBeCancelled(RedactionJobState state) {
        var job = in(state);
        assertThatThrownBy(() -> job.cancelled(AT)).isInstanceOf(RedactionJobException.class)
                .hasMessageContaining("nothing running to cancel");
    }

    @Test
    void findingFacesWhileTheyAreBeingFoundIsRefusedWithThatReason() {
        assertThatThrownBy(() -> detecting().detectingAgain("sam", "node-b", AT))
                .hasMessage(RedactionJob.ALREADY_FINDING);
    }

    @Test
    void signOffApprovesOnlyTheCurrentCopy() {
        var signed = rendered().signedOff(COPY, AT);
        assertThat(signed.state()).isEqualTo(RedactionJobState.SIGNED_OFF);
        assertThat(signed.renderedId()).isEqualTo(COPY);

        assertThatThrownBy(() -> rendered().signedOff(UUID.randomUUID(), AT))
                .hasMessageContaining("no longer the current copy");
        assertThatThrownBy(() -> rendered().planned(PLAN, AT).signedOff(COPY, AT))
                .isInstanceOf(RedactionJobException.class);
    }

    @Test
    void aSignedOffCopyIsFinal() {
        var signed = rendered().signedOff(COPY, AT);
        for (UnaryOperator<RedactionJob> step : List.<UnaryOperator<RedactionJob>>of(
                job -> job.planned(PLAN, AT), job -> job.rendering("casey", "node-a", AT),
                job -> job.signedOff(COPY, AT), job -> job.detectingAgain("casey", "node-a", AT))) {
            assertThatThrownBy(() -> step.apply(signed)).isInstanceOf(RedactionJobException.class);
        }
    }

    @Test
    void progressIsTheShareOfFramesDoneAndNeverAboveWhole() {
        var job = detecting();
        assertThat(withFrames(job, 0, 0).progress()).isZero();
        assertThat(withFrames(job, 25, 100).progress()).isEqualTo(0.25);
        assertThat(withFrames(job, 120, 100).progress()).isEqualTo(1.0);
    }

    private static RedactionJob withFrames(RedactionJob job, long done, long total) {
        return new RedactionJob(job.id(), job.reference(), job.originalId(), job.state(), done, total, job.tracks(),
                job.plan(), job.log(), job.renderedId(), job.failure(), job.requestedBy(), job.worker(),
                job.updatedAt(), job.version());
    }

    private static RedactionJob in(RedactionJobState state) {
        return switch (state) {
            case DETECTING -> detecting();
            case REVIEW -> inReview();
            case RENDERING -> inReview().rendering("casey", "node-a", AT);
            case RENDERED -> rendered();
            case FAILED -> detecting().failed("why", AT);
            case SIGNED_OFF -> rendered().signedOff(COPY, AT);
            case CANCELLED -> detecting().cancelled(AT);
        };
    }
}
