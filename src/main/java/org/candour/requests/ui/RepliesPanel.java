package org.candour.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import org.candour.requests.CaseDetails;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.Page;

/** What the requester sent from the tracking page, newest first: replies, documents, reasons for a review. */
final class RepliesPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", LondonTime.LOCALE);

    RepliesPanel(CaseDetails details) {
        setId("requester-replies");
        add(Page.subheading("From the requester"));
        if (details.replies().isEmpty()) {
            add(Page.body("The requester has not replied or sent anything since filing."));
            return;
        }
        var list = new OrderedList();
        list.addClassName("timeline");
        details.replies().stream().sorted(Comparator.comparing(CaseDetails.Reply::receivedAt).reversed())
                .forEach(reply -> {
                    var when = new Span(WHEN.format(reply.receivedAt().atZone(LondonTime.ZONE)) + " · "
                            + reply.kind());
                    when.addClassName("timeline-when");
                    var item = new ListItem(when);
                    if (reply.text() != null) {
                        item.add(new Paragraph(reply.text()));
                    }
                    if (reply.attachments() > 0) {
                        item.add(new Paragraph(reply.attachments() + (reply.attachments() == 1 ? " file" : " files")
                                + ": open them under Requester, Identity documents."));
                    }
                    list.add(item);
                });
        add(list);
    }
}
