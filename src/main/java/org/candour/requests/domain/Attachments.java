package org.candour.requests.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.candour.requests.WorkflowException;

/**
 * What is attached to a request: recordings from the footage catalogue with their preservation holds. Works on the
 * request's own list.
 */
final class Attachments {

    private final List<AttachedRecording> recordings;

    Attachments(List<AttachedRecording> recordings) {
        this.recordings = recordings;
    }

    void attachRecording(String recordingId, Officer by, Instant at, RequestChanges request) {
        CaseAction.ATTACH_RECORDING.check(request.state());
        if (hasRecording(recordingId)) {
            throw new WorkflowException("This recording is already attached.");
        }
        recordings.add(new AttachedRecording(recordingId, by.username(), at));
        request.audit(by, "RECORDING_ATTACHED", "recording " + recordingId, at);
        request.updated();
    }

    void recordHold(String recordingId, Officer by, Instant at, RequestChanges request) {
        var recording = recording(recordingId)
                .orElseThrow(() -> new WorkflowException("Attach the recording before placing a hold on it."));
        recording.hold();
        request.audit(by, "PRESERVATION_HOLD_PLACED", "recording " + recordingId, at);
        request.note(at, "Preservation hold placed on a recording.", by.username());
        request.updated();
    }

    boolean hasRecording(String recordingId) {
        return recording(recordingId).isPresent();
    }

    boolean isPreserved() {
        return recordings.stream().anyMatch(AttachedRecording::held);
    }

    boolean allHeld() {
        return recordings.stream().allMatch(AttachedRecording::held);
    }

    private Optional<AttachedRecording> recording(String recordingId) {
        return recordings.stream().filter(r -> r.recordingId().equals(recordingId)).findFirst();
    }
}
