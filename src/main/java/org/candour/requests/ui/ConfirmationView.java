package org.candour.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.candour.requests.FilingReceipt;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.ContactDetails;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/**
 * The reference, the secret (shown this once), the statutory deadline and the footage deletion date. Printed, it is
 * the requester's receipt, without the secret.
 */
@Route(value = FilingStep.CONFIRMATION, layout = MainLayout.class)
@PageTitle("Request sent - Request footage - Candour")
@AnonymousAllowed
class ConfirmationView extends Div implements BeforeEnterObserver {

    private final RequestDraft draft;
    private final ContactDetails contact;

    ConfirmationView(RequestDraft draft, ContactDetails contact) {
        this.draft = draft;
        this.contact = contact;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FilingReceipt receipt = draft.receipt();
        if (receipt == null) {
            event.forwardTo(FilingStep.START);
            return;
        }
        removeAll();
        add(receiptHeading(receipt), panel(receipt), secret(receipt), whatHappensNext(receipt),
                PrintButton.of("print-receipt", "Print a receipt"));
        draft.secretShown();
    }

    /** On paper only: who issued the receipt, and that the secret is not on it (the print stylesheet hides it). */
    private Div receiptHeading(FilingReceipt receipt) {
        var heading = new Div(new Paragraph("Receipt from the " + contact.unit() + ", " + contact.organisation()
                + ", " + contact.address() + ". Contact: " + contact.email() + ", " + contact.phone() + "."),
                new Paragraph("Request for body-worn video footage under section 45 of the Data Protection Act 2018, "
                        + "received on " + LondonTime.inWords(receipt.receivedOn()) + ". This receipt does not show "
                        + "your tracking secret: keep it apart from this paper."));
        heading.addClassNames("print-only", "receipt-heading");
        return heading;
    }

    private static Div panel(FilingReceipt receipt) {
        var reference = new Span(receipt.reference());
        reference.setId("reference");
        reference.addClassName("panel-reference");
        var panel = new Div(new H1("Request sent"), new Div(new Span("Your reference is"), reference));
        panel.addClassName("confirmation-panel");
        return panel;
    }

    private static Div secret(FilingReceipt receipt) {
        if (receipt.trackingSecret() == null) {
            return Page.inset(Page.body("We showed your tracking secret once, when you sent this request. Use it "
                    + "with your reference to track your request."));
        }
        var secret = new Span(receipt.trackingSecret());
        secret.setId("tracking-secret");
        secret.addClassName("tracking-secret");
        var box = new Div(Page.subheading("Your tracking secret"), secret,
                Page.warning("Write down or save your reference and this secret now. You need both to track your "
                        + "request. We will not show the secret again, and we cannot tell you what it was."));
        box.addClassName("secret-box");
        return box;
    }

    private static Div whatHappensNext(FilingReceipt receipt) {
        var next = new Div(Page.subheading("What happens next"),
                new Paragraph("We received your request on " + LondonTime.inWords(receipt.receivedOn())
                        + ". First we will check your identity documents."),
                new Paragraph("We must reply within one calendar month of confirming your identity. If we confirm it "
                        + "on the day we received your request, we must reply by "
                        + LondonTime.inWordsWithDay(receipt.dueDateIfVerifiedToday()) + "."),
                footage(receipt),
                new Paragraph("You can follow your request at any time under \"Track a request\"."),
                Page.link("track", "Track your request"));
        next.addClassName("what-happens-next");
        return next;
    }

    private static Div footage(FilingReceipt receipt) {
        String filmed = LondonTime.inWords(receipt.incidentDate());
        String deletion = LondonTime.inWords(receipt.footageDeletionDate());
        if (receipt.footageDeletionDatePassed()) {
            return Page.warning("Footage from " + filmed + " was normally deleted on " + deletion + ", unless it was "
                    + "kept as evidence. We will still search and tell you whether we hold any.");
        }
        var notice = Page.inset(Page.body("Footage from " + filmed + " is normally deleted on " + deletion
                + ". Finding it and protecting it from deletion is the first thing we do."));
        notice.setId("deletion-date");
        return notice;
    }
}
