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

    private static String dueText(RequestStatus status) {
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
