package org.candour.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import org.candour.requests.CaseDetails;
import org.candour.requests.CaseworkService;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.Page;

/**
 * Messages to the requester (shown when they track the request) and internal notes (never shown to them), and
 * the whole history, newest first, each entry marked with who can see it.
 */
final class CaseTimelinePanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", LondonTime.LOCALE);

    CaseTimelinePanel(CaseDetails details, boolean canWrite, CaseworkService casework, CaseChanges changes) {
        setId("case-timeline");
        add(Page.subheading("Messages and notes"));
        if (canWrite) {
            var text = new TextArea("Message or note");
            text.setId("timeline-text");
            text.setWidthFull();
            text.setMaxLength(1000);
            var buttons = new Div(
                    WorkflowPanel.secondary("send-message", "Send to the requester", () -> {
                        if (changes.apply(d -> casework.sendMessage(d.reference(), d.version(), text.getValue()),
                                "The message is sent: the requester sees it when they track the request.")) {
                            text.clear();
                        }
                    }),
                    WorkflowPanel.secondary("add-note", "Add internal note", () -> {
                        if (changes.apply(d -> casework.addNote(d.reference(), d.version(), text.getValue()),
                                "The note is added. The requester never sees internal notes.")) {
                            text.clear();
                        }
                    }));
            buttons.addClassName("button-group");
            add(text, buttons);
        }
        add(Page.subheading("History"), history(details));
    }

    private static OrderedList history(CaseDetails details) {
        var list = new OrderedList();
        list.addClassName("timeline");
        list.setId("history");
        details.timeline().stream().sorted(Comparator.comparing(CaseDetails.Entry::at).reversed()).forEach(entry -> {
            var when = new Span(WHEN.format(entry.at().atZone(LondonTime.ZONE))
                    + (entry.author() == null ? "" : " · " + entry.author()));
            when.addClassName("timeline-when");
            var who = entry.visibleToRequester() ? Page.tag("Requester can see") : Page.tag("Internal", "tag-at-risk");
            var item = new ListItem(when, who, new Span(" " + entry.text()));
            item.addClassName(entry.visibleToRequester() ? "entry-public" : "entry-internal");
            list.add(item);
        });
        return list;
    }
}
