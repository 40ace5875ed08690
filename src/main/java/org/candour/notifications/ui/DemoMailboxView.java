package org.candour.notifications.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.candour.identity.Roles;
import org.candour.notifications.DemoMailbox;
import org.candour.notifications.ReceivedMail;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/**
 * For administrators of the local demo: the emails the portal sent, as the local mail server received them, so a
 * newcomer sees what requesters and staff get. Not found where no local mail server runs (production).
 */
@Route(value = DemoMailboxView.ROUTE, layout = MainLayout.class)
@PageTitle("Demo mailbox - Candour")
@RolesAllowed(Roles.ADMIN)
class DemoMailboxView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "staff/demo-mailbox";
    private static final int SHOWN = 50;
    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
            LondonTime.LOCALE).withZone(LondonTime.ZONE);

    private final DemoMailbox mailbox;

    DemoMailboxView(DemoMailbox mailbox) {
        this.mailbox = mailbox;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!mailbox.isAvailable()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var messages = mailbox.messages();
        add(Page.heading("Demo mailbox"),
                Page.body("This demo sends its emails to a mail server inside the portal instead of delivering them. "
                        + "Here are the last " + SHOWN + " it received, newest first: what requesters are told of "
                        + "each change, and what staff are sent. Open one to read it as plain text; the same email "
                        + "also carries an HTML version. The mailbox is emptied when the portal restarts."));
        if (messages.isEmpty()) {
            var empty = Page.inset(Page.body("No emails yet. File a request under \"Request footage\" and a "
                    + "confirmation email will appear here."));
            empty.setId("mailbox-empty");
            add(empty);
            return;
        }
        var list = new Div();
        list.setId("mailbox");
        messages.stream().limit(SHOWN).map(DemoMailboxView::message).forEach(list::add);
        add(list);
    }

    private static Details message(ReceivedMail mail) {
        var body = new Pre(mail.text());
        body.getStyle().set("white-space", "pre-wrap");
        var meta = Page.body("To " + String.join(", ", mail.to())
                + (mail.sentAt() == null ? "" : ", sent " + SENT.format(mail.sentAt())));
        return new Details(mail.subject(), new Div(meta, body));
    }
}
