package org.candour.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.candour.requests.RequestStatus;
import org.candour.requests.domain.OutcomeLetter;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.ContactDetails;

/**
 * The decision on a request as a letter the requester can print: who decided, when, the decision and the ground of
 * any restriction (s.45(4)), and their rights (internal review, s.51, complaint to the ICO). Built from what tracking
 * shows, so it holds no personal data and never the tracking secret.
 */
final class DecisionLetter {

    private DecisionLetter() {
    }

    /** The letter of the latest outcome, once there is one. */
    static Optional<Div> of(RequestStatus status, ContactDetails contact) {
        return status.timeline().reversed().stream().filter(event -> OutcomeLetter.isOutcomeLetter(event.text()))
                .findFirst().map(outcome -> letter(status, outcome, contact));
    }

    private static Div letter(RequestStatus status, RequestStatus.Event outcome, ContactDetails contact) {
        var print = PrintButton.of("print-letter", "Print this letter");
        var from = new Paragraph(contact.unit() + ", " + contact.organisation() + ", " + contact.address());
        from.addClassName("letter-from");
        var letter = new Div(new H2("Our decision"), from,
                new Paragraph("Date: " + LondonTime.inWords(outcome.at().atZone(LondonTime.ZONE).toLocalDate())),
                new Paragraph("Our reference: " + status.reference()),
                new Paragraph("Your request for body-worn video footage of yourself, filmed on "
                        + LondonTime.inWords(status.incidentDate()) + " in " + status.boroughName()
                        + ", which we received on " + LondonTime.inWords(status.receivedOn())
                        + ". You asked us under section 45 of the Data Protection Act 2018 (right of access)."),
                new Paragraph(outcome.text()),
                new Paragraph("To ask for an internal review, track your request with your reference and secret "
                        + "and choose \"Ask for a review\", or contact us at " + contact.email() + " or "
                        + contact.phone() + ", quoting your reference."),
                new Paragraph("Yours faithfully,"), new Paragraph(contact.unit() + ", " + contact.organisation()),
                print);
        letter.setId("decision-letter");
        letter.addClassName("decision-letter");
        return letter;
    }
}
