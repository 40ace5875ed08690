package org.candour.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;
import org.candour.requests.RequesterDetails;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.Page;

/**
 * The requester's identity, hidden until a member of staff asks to see it: each view is recorded in the audit log,
 * so it is shown only when needed (to verify identity, or to reply).
 */
final class RequesterPanel extends Div {

    RequesterPanel(Supplier<RequesterDetails> load) {
        setId("requester");
        var show = new Button("Show the requester's details", click -> {
            removeAll();
            add(Page.subheading("Requester"), details(load.get()));
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
                        .map(d -> d.fileName() + " (" + d.type() + ", " + d.sizeBytes() / 1024 + " KB)").toList()), "");
        list.setId("requester-details");
        return new Div(list);
    }
}
