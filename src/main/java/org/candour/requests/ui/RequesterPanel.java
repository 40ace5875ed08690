package org.candour.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.candour.requests.DocumentView;
import org.candour.requests.RequesterDetails;
import org.candour.requests.WorkflowException;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.FileSizes;
import org.candour.shared.ui.Page;

/**
 * The requester's identity, hidden until a member of staff asks to see it: each view is recorded in the audit log,
 * so it is shown only when needed (to verify identity, or to reply). Each identity document opens in the page, and
 * each opening is audited too.
 */
final class RequesterPanel extends Div {

    RequesterPanel(Supplier<RequesterDetails> load, Function<UUID, DocumentView> open) {
        setId("requester");
        var show = new Button("Show the requester's details", click -> {
            removeAll();
            var requester = load.get();
            add(Page.subheading("Requester"), details(requester), documents(requester, open));
        });
        show.setId("show-requester");
        show.addClassName("secondary-button");
        add(Page.subheading("Requester"),
                Page.body("The requester's identity is hidden. Each time it is shown, the view is recorded in the "
                        + "audit log with your name."), show);
    }

    static Div details(RequesterDetails requester) {
        var list = new SummaryList()
                .row("Full name", requester.fullName(), "")
                .row("Date of birth", LondonTime.inWords(requester.dateOfBirth()), "")
                .row("Address", requester.address() + ", " + requester.postcode(), "")
                .row("Email", requester.email(), "")
                .row("Telephone", requester.phone() == null ? "" : requester.phone(), "")
                .row("How to recognise them", requester.appearance(), "")
                .row("Identity documents", String.join(", ", requester.documents().stream()
                        .map(d -> d.fileName() + " (" + d.type() + ", " + FileSizes.inWords(d.sizeBytes()) + ")")
                        .toList()), "");
        list.setId("requester-details");
        return new Div(list);
    }

    /** One line per document, with "View" opening it below the line; each opening is audited. */
    private static Div documents(RequesterDetails requester, Function<UUID, DocumentView> open) {
        var list = new UnorderedList();
        list.setId("identity-documents");
        list.addClassName("identity-documents");
        int number = 0;
        for (var document : requester.documents()) {
            number++;
            var viewer = new Div();
            var label = new Span(document.fileName() + " (" + document.type() + ", "
                    + FileSizes.inWords(document.sizeBytes()) + ")" + (document.receivedAt() == null
                    ? ", sent with the request" : ", sent " + LondonTime.inWords(document.receivedAt()
                    .atZone(LondonTime.ZONE).toLocalDate())));
            var view = new Button("View");
            view.setId("view-document-" + number);
            view.addClassName("secondary-button");
            view.getElement().setAttribute("aria-label", "View " + document.fileName());
            view.addClickListener(click -> {
                if (viewer.getChildren().findAny().isPresent()) {
                    viewer.removeAll();
                    view.setText("View");
                    view.getElement().setAttribute("aria-label", "View " + document.fileName());
                    return;
                }
                try {
                    viewer.add(new DocumentViewer(open.apply(document.id())));
                    view.setText("Close");
                    view.getElement().setAttribute("aria-label", "Close " + document.fileName());
                } catch (WorkflowException refused) {
                    viewer.add(Page.warning(refused.getMessage()));
                }
            });
            list.add(new ListItem(label, view, viewer));
        }
        var panel = new Div(Page.subheading("Identity documents"), Page.body("Check them against the details "
                + "above. Each time you open one, the view is recorded in the audit log with your name."), list);
        if (requester.documents().isEmpty()) {
            panel.add(Page.body("There are no identity documents."));
        }
        return panel;
    }
}
