package org.candour.footage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.candour.footage.domain.PreservationHold;
import org.candour.footage.domain.PreservationHoldRepository;
import org.candour.footage.internal.RecordingStore;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preservation holds: footage a request or a complaint needs is kept past its deletion date until every hold on it
 * is released. Placing a hold locks the recordings' rows and counts the hold on them in the same transaction, so a
 * sweep running at the same moment either sees the hold or has already recorded the deletion (and the hold is
 * refused). A released hold puts the recording back under the normal rule: past its deletion date, the next sweep
 * records it as deleted, and {@link PreservationHoldReleased} is published (footage kept only for the hold may go).
 */
@Service
public class PreservationHoldService {

    static final int MAX_RECORDINGS_PER_HOLD = 1_000;

    private final PreservationHoldRepository holds;
    private final RecordingStore recordings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PreservationHoldService(PreservationHoldRepository holds, RecordingStore recordings, ApplicationEventPublisher events,
                            Clock clock) {
        this.holds = holds;
        this.events = events;
        this.recordings = recordings;
        this.clock = clock;
    }

    /** Places one hold on each recording named; returns the holds' ids in the same order. */
    @Transactional
    public List<UUID> placeHold(NewHold hold) {
        List<String> ids = hold.recordingIds().stream().map(String::strip).distinct().toList();
        check(!ids.isEmpty() && ids.size() <= MAX_RECORDINGS_PER_HOLD,
                "Name between 1 and " + MAX_RECORDINGS_PER_HOLD + " recordings to hold");
        String placedBy = required(hold.placedBy(), "who places the hold", 100);
        String reason = required(hold.reason(), "the reason for the hold", 1000);
        String request = optional(hold.requestReference(), "request reference");
        String complaint = optional(hold.complaintReference(), "complaint reference");
        check(request != null || complaint != null, "Give the footage request or complaint reference the hold is for");
        Map<String, Optional<LocalDate>> found = recordings.lockForHold(ids);
        var unknown = ids.stream().filter(id -> !found.containsKey(id)).toList();
        check(unknown.isEmpty(), "No recording in the catalogue has the id " + String.join(", ", unknown));
        var deleted = ids.stream().filter(id -> found.get(id).isPresent()).toList();
        check(deleted.isEmpty(), "Already deleted at source, so it cannot be preserved: " + String.join(", ", deleted));
        var now = clock.instant();
        var placed = holds.saveAll(ids.stream()
                .map(id -> new PreservationHold(id, placedBy, reason, request, complaint, now)).toList());
        recordings.changeHoldCount(ids, +1);
        return placed.stream().map(PreservationHold::id).toList();
    }

    /** Ends a hold. The recording follows the 31-day rule again unless another hold remains on it. */
    @Transactional
    public void releaseHold(UUID holdId, String releasedBy, String reason) {
        var hold = holds.findById(holdId).orElseThrow(() -> new HoldRefusedException("There is no hold " + holdId));
        check(hold.isActive(), "This hold has already been released");
        hold.release(required(releasedBy, "who releases the hold", 100), required(reason, "the reason", 1000),
                clock.instant());
        holds.saveAndFlush(hold);
        recordings.changeHoldCount(List.of(hold.recordingId()), -1);
        boolean stillHeld = holds.findByRecordingIdOrderByPlacedAt(hold.recordingId()).stream()
                .anyMatch(PreservationHold::isActive);
        events.publishEvent(new PreservationHoldReleased(hold.id(), hold.recordingId(), stillHeld, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<HoldSummary> holdsOn(String recordingId) {
        return holds.findByRecordingIdOrderByPlacedAt(recordingId).stream().map(PreservationHoldService::summary)
                .toList();
    }

    /** Holds placed for a footage request or a complaint, by its reference. */
    @Transactional(readOnly = true)
    public List<HoldSummary> holdsFor(String caseReference) {
        return holds.findByCaseReference(caseReference.strip()).stream().map(PreservationHoldService::summary)
                .toList();
    }

    private static HoldSummary summary(PreservationHold h) {
        return new HoldSummary(h.id(), h.recordingId(), h.placedBy(), h.reason(), h.requestReference(),
                h.complaintReference(), h.placedAt(), h.releasedAt(), h.releasedBy(), h.releaseReason());
    }

    private static String required(String value, String what, int maxLength) {
        check(!value.isBlank(), "Give " + what);
        check(value.strip().length() <= maxLength, "Keep " + what + " to " + maxLength + " characters");
        return value.strip();
    }

    private static @Nullable String optional(@Nullable String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        check(value.strip().length() <= 40, "A " + what + " has at most 40 characters");
        return value.strip();
    }

    private static void check(boolean condition, String refusal) {
        if (!condition) {
            throw new HoldRefusedException(refusal);
        }
    }
}
