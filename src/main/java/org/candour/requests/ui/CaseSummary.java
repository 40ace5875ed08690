package org.candour.requests.ui;

import com.vaadin.flow.component.html.Div;
import org.candour.requests.CaseDetails;
import org.candour.shared.LondonTime;

/** The facts of a request for staff: its clocks and the incident as the requester told it. No identity. */
final class CaseSummary {

    private CaseSummary() {
    }

    static Div clocks(CaseDetails details) {
        var deadline = details.deadline();
        var list = new SummaryList()
                .row("Received", LondonTime.inWords(details.receivedOn()), "")
                .row("Identity verified", details.identityVerifiedOn() == null ? "Not yet: the clock has not started"
                        : LondonTime.inWords(details.identityVerifiedOn()), "")
                .row("Reply due", switch (deadline.status()) {
                    case NOT_STARTED -> "One month after identity is verified (s.54(3))";
                    case PAUSED -> "Paused for clarification (s.54(3C)); if answered today: "
                            + LondonTime.inWordsWithDay(deadline.dueDate());
                    case RUNNING -> LondonTime.inWordsWithDay(deadline.dueDate()) + (details.overdue() ? " (overdue)"
                            : "");
                }, "")
                .row("Footage deletion date", LondonTime.inWords(details.footageDeletionDate())
                        + (details.preserved() ? " (footage preserved)" : ""), "");
        if (deadline.pausedDays() > 0) {
            list.row("Days paused (s.54(3C))", String.valueOf(deadline.pausedDays()), "");
        }
        var extension = details.extension();
        if (extension != null) {
            list.row("Extension (s.54(3A))", extension.months() + (extension.months() == 1 ? " month" : " months")
                    + ", notified " + LondonTime.inWords(extension.noticeOn()) + ": " + extension.reason(), "");
        }
        list.row("Assigned to", details.assignedTo() == null ? "Nobody" : details.assignedTo(), "");
        list.setId("case-clocks");
        return new Div(list);
    }

    static Div incident(CaseDetails details) {
        var incident = details.incident();
        var list = new SummaryList()
                .row("Filmed", LondonTime.inWords(incident.date()) + ", " + incident.from() + " to " + incident.to(), "")
                .row("Borough", incident.boroughName(), "")
                .row("Where", incident.location(), "")
                .row("What happened", incident.description(), "")
                .row("Stop and search", incident.stopAndSearch() ? "Yes" : "No", "")
                .row("Officer's collar number", incident.collarNumber() == null ? "" : incident.collarNumber(), "")
                .row("Incident or CAD reference", incident.cadReference() == null ? "" : incident.cadReference(), "")
                .row("Wants", incident.accessPreference(), "");
        list.setId("case-incident");
        return new Div(list);
    }
}
