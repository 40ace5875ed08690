package org.candour.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import org.candour.requests.RequestStatus;
import org.candour.requests.domain.StatutoryDeadline;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.Page;

/** What a requester sees about their request: its state, both clocks and a timeline. No personal data. */
class RequestStatusPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", LondonTime.LOCALE);

    RequestStatusPanel(RequestStatus status) {
        addClassName("request-status");
        var state = new Span(status.stateName());
        state.setId("request-state");
        state.addClassName("status-tag");
        add(new H1("Request " + status.reference()), new Div(state), new Paragraph(status.stateExplanation()),
                new SummaryList()
                        .row("Received", LondonTime.inWords(status.receivedOn()), "")
                        .row("Reply due", dueText(status), "")
                        .row("Filmed", LondonTime.inWords(status.incidentDate()) + " in " + status.boroughName(), "")
                        .row("Footage deletion date", deletionText(status), "")
                        .row("You asked for", status.accessPreference(), ""),
                Page.subheading("What has happened so far"), timeline(status));
    }

    /**
     * The s.54 due date while we still owe the requester an answer. Once the request has its outcome (or was withdrawn
     * or closed, or is under internal review of that outcome) no reply is due under s.54, so no date is shown: the
     * clock that computed it stops at the answer, and a date would read as a promise still open.
     */
    static String dueText(RequestStatus status) {
        return switch (status.state()) {
            case DISCLOSED, PARTIALLY_DISCLOSED, REFUSED, NO_FOOTAGE_HELD, CLOSED -> "None: we have answered your "
                    + "request";
            case WITHDRAWN -> "None: you withdrew this request";
            case INTERNAL_REVIEW -> "None under the one-month limit: we will reply with the outcome of the review";
            case SUBMITTED, AWAITING_IDENTITY, IDENTITY_VERIFIED, SEARCHING, AWAITING_CLARIFICATION, IN_REVIEW ->
                    deadlineText(status);
        };
    }

    private static String deadlineText(RequestStatus status) {
        StatutoryDeadline deadline = status.deadline();
        return switch (deadline.status()) {
            case NOT_STARTED -> "One calendar month after we confirm your identity";
            case PAUSED -> "Paused while we wait for your reply. If you reply today: "
                    + LondonTime.inWordsWithDay(deadline.dueDate());
            case RUNNING -> LondonTime.inWordsWithDay(deadline.dueDate()) + (status.overdue() ? " (overdue)" : "");
        };
    }

    static String deletionText(RequestStatus status) {
        String date = LondonTime.inWords(status.footageDeletionDate());
        if (status.footagePreserved()) {
            return "Kept: we have protected footage of your incident, so it will not be deleted on " + date;
        }
        return status.footageDeletionDatePassed()
                ? "Normally deleted on " + date + ", unless kept as evidence"
                : "Normally deleted on " + date + " unless we protect it";
    }

    private static OrderedList timeline(RequestStatus status) {
        var list = new OrderedList();
        list.addClassName("timeline");
        status.timeline().forEach(event -> {
            var when = new Span(WHEN.format(event.at().atZone(LondonTime.ZONE)));
            when.addClassName("timeline-when");
            list.add(new ListItem(when, new Span(event.text())));
        });
        return list;
    }
}
