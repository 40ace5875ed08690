package org.candour.requests.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.candour.requests.WorkflowException;

/**
 * What is attached to a request: recordings from the footage catalogue with their preservation holds, and the
 * complaints that the footage matters to. Works on the request's own collections.
 */
final class Attachments {

    private final List<AttachedRecording> recordings;
    private final List<ComplaintLink> complaintLinks;

    Attachments(List<AttachedRecording> recordings, List<ComplaintLink> complaintLinks) {
        this.recordings = recordings;
        this.complaintLinks = complaintLinks;
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

    void linkComplaint(String complaintReference, Officer by, Instant at, RequestChanges request) {
        String complaint = StaffInput.requireText(complaintReference, "Enter the complaint reference");
        if (complaint.length() > 40) {
            throw new WorkflowException("A complaint reference is 40 characters or fewer.");
        }
        if (complaintLinks.stream().anyMatch(link -> link.complaintReference().equalsIgnoreCase(complaint))) {
            throw new WorkflowException("This request is already linked to complaint " + complaint + ".");
        }
        complaintLinks.add(new ComplaintLink(complaint, by.username(), at));
        request.audit(by, "LINKED_TO_COMPLAINT", "complaint " + complaint, at);
        request.note(at, "Linked to complaint " + complaint + " by " + by.username() + ".", by.username());
        request.updated();
    }

    void askForPreservation(Officer by, Instant at, RequestChanges request) {
        if (complaintLinks.isEmpty()) {
            throw new WorkflowException("Link the request to a complaint before asking for preservation.");
        }
        request.audit(by, "PRESERVATION_ASKED", "", at);
        request.note(at, "Complaint body " + by.username() + " asked for the footage to be preserved.", by.username());
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
