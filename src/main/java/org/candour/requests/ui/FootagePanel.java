package org.candour.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.candour.footage.RecordingSummary;
import org.candour.requests.CaseDetails;
import org.candour.requests.CaseworkService;
import org.candour.requests.WorkflowException;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.Page;

/**
 * Footage for this request: search the footage catalogue by time window and camera in the request's borough,
 * attach recordings and place preservation holds (through the footage module). While footage may still be
 * deleted under the 31-day rule, this section comes first on the page.
 */
final class FootagePanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", LondonTime.LOCALE);

    private final CaseworkService casework;
    private final CaseChanges changes;
    private final Div results = new Div();

    FootagePanel(CaseDetails details, boolean canWrite, CaseworkService casework, CaseChanges changes) {
        this.casework = casework;
        this.changes = changes;
        setId("footage");
        add(Page.subheading("Footage"));
        if (details.footageAtRisk()) {
            add(Page.warning("Footage of this incident is normally deleted on "
                    + LondonTime.inWords(details.footageDeletionDate()) + ". Find it and place a preservation hold "
                    + "first."));
        }
        if (details.preservationToConfirm()) {
            add(complaintHolds(canWrite));
        }
        add(attached(details, canWrite));
        if (canWrite) {
            add(search(details));
        }
    }

    /** A complaint body's ask held the incident's recordings at once; a caseworker keeps or releases them. */
    private Div complaintHolds(boolean canWrite) {
        var box = new Div(Page.warning("A complaint body asked for this footage to be preserved. The recordings of "
                + "the incident's borough and time are held until you confirm or release the holds."));
        box.setId("complaint-holds");
        if (canWrite) {
            var reason = new TextField("Reason for releasing the holds");
            reason.setId("release-reason");
            var confirm = WorkflowPanel.secondary("confirm-holds", "Confirm the holds", () -> changes.apply(d ->
                    casework.confirmComplaintHolds(d.reference(), d.version()), "The holds are confirmed."));
            var release = WorkflowPanel.secondary("release-holds", "Release the holds", () -> changes.apply(d ->
                    casework.releaseComplaintHolds(d.reference(), d.version(), reason.getValue()),
                    "The holds are released: the recordings follow the 31-day rule again."));
            var buttons = new Div(confirm, release);
            buttons.addClassName("button-group");
            box.add(reason, buttons);
        }
        return box;
    }

    private Div attached(CaseDetails details, boolean canWrite) {
        var list = new Div();
        list.setId("attached-recordings");
        if (details.recordings().isEmpty()) {
            list.add(Page.body("No recordings are attached to this request yet."));
            return list;
        }
        var rows = new SummaryList();
        details.recordings().forEach(r -> rows.row(r.recordingId(), (r.held() ? "Preservation hold placed"
                : "Not held: it may be deleted") + " · attached by " + r.attachedBy(), ""));
        list.add(Page.subheading("Attached recordings"), rows);
        if (canWrite) {
            // The clips themselves are the disclosure module's page; linked by its route, not by its class.
            var clips = Page.link(CaseView.path(details.reference()) + "/footage",
                    "Footage files: upload and watch the clips");
            clips.setId("footage-files-link");
            list.add(new Div(clips));
            details.recordings().stream().filter(r -> !r.held()).forEach(r -> list.add(WorkflowPanel.secondary(
                    "hold-" + r.recordingId(), "Place a hold on " + r.recordingId(), () -> preserve(r.recordingId()))));
        }
        return list;
    }

    private Div search(CaseDetails details) {
        var incident = details.incident();
        var date = QueueFields.date("footage-date", "Date");
        date.setValue(incident.date());
        var from = time("footage-from", "From", incident.from().minusMinutes(30).isAfter(incident.from())
                ? LocalTime.MIN : incident.from().minusMinutes(30));
        var to = time("footage-to", "To", incident.to().plusMinutes(30).isBefore(incident.to())
                ? LocalTime.of(23, 59) : incident.to().plusMinutes(30));
        var camera = new TextField("Camera (optional)");
        camera.setId("footage-camera");
        var collar = new TextField("Collar number (optional)");
        collar.setId("footage-collar");
        if (incident.collarNumber() != null) {
            collar.setHelperText("The requester gave " + incident.collarNumber() + ".");
        }
        collar.setVisible(casework.collarSearchAvailable());
        var find = WorkflowPanel.button("find-footage", "Search the catalogue", () -> {
            try {
                List<RecordingSummary> found = casework.findFootage(details.reference(), date.getValue(),
                        from.getValue(), to.getValue(), camera.getValue(),
                        collar.isVisible() ? collar.getValue() : null);
                results.removeAll();
                if (found.isEmpty()) {
                    results.add(Page.body("No recordings in the catalogue overlap this window."));
                }
                found.forEach(recording -> results.add(result(recording)));
            } catch (WorkflowException | IllegalArgumentException e) {
                changes.apply(d -> {
                    throw new WorkflowException(e.getMessage());
                }, "");
            }
        });
        var fields = new Div(date, from, to, camera, collar);
        fields.addClassName("queue-filters");
        results.setId("footage-results");
        results.getElement().setAttribute("aria-live", "polite");
        return new Div(Page.subheading("Search the footage catalogue"),
                Page.body("Recordings in " + incident.boroughName() + " that overlap the time window."), fields,
                find, results);
    }

    private Div result(RecordingSummary recording) {
        var facts = Page.body(recording.id() + " · camera " + recording.cameraId() + " · "
                + TIME.format(recording.start().atZone(LondonTime.ZONE)) + " for " + recording.duration().toMinutes()
                + " min · " + retention(recording)
                + (recording.cadReference() == null ? "" : " · CAD " + recording.cadReference()));
        var result = new Div(facts, actions(recording));
        result.addClassName("recording-result");
        return result;
    }

    private Div actions(RecordingSummary recording) {
        var preserve = WorkflowPanel.secondary("preserve-" + recording.id(), "Attach and preserve",
                () -> preserve(recording.id()));
        var attach = WorkflowPanel.secondary("attach-" + recording.id(), "Attach", () -> changes.apply(d ->
                casework.attachRecording(d.reference(), d.version(), recording.id()), "The recording is attached."));
        var actions = new Div(preserve, attach);
        actions.addClassName("button-group");
        return actions;
    }

    private void preserve(String recordingId) {
        changes.apply(d -> casework.preserveRecording(d.reference(), d.version(), recordingId),
                "A preservation hold is on " + recordingId + ": it will not be deleted while the hold is in place.");
    }

    private static String retention(RecordingSummary recording) {
        return switch (recording.status()) {
            case EVIDENTIAL -> "Evidential: kept";
            case HELD -> "Held: kept";
            case AT_RISK -> "Deleted on " + LondonTime.inWords(recording.deletionDate()) + " unless preserved";
            case DUE_FOR_DELETION -> "Due for deletion now";
            case DELETED_AT_SOURCE -> "Deleted";
        };
    }

    private static TimePicker time(String id, String label, LocalTime value) {
        var picker = new TimePicker(label);
        picker.setId(id);
        picker.setLocale(LondonTime.LOCALE);
        picker.setValue(value);
        return picker;
    }
}
