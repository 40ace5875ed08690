package org.candour.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.candour.requests.FilingOutcome;
import org.candour.requests.InvalidRequestException;
import org.candour.requests.PublicFiling;
import org.candour.requests.WorkSolution;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.ContactDetails;
import org.candour.shared.ui.FormValidation;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.jspecify.annotations.Nullable;

/**
 * The declaration and the one button that files the request. The button disables itself on click and the draft
 * carries a submission key, so a double click or a resubmitted form files exactly one request. A connection near
 * its filing limit is checked first ({@link ConnectionCheck}); one over it is told when to try again, and its
 * answers are kept.
 */
@Route(value = "request-footage/declaration", layout = MainLayout.class)
@PageTitle("Declaration - Request footage - Candour")
@AnonymousAllowed
class DeclarationView extends FilingStepView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LondonTime.LOCALE);

    private final PublicFiling filing;
    private final ContactDetails contact;
    private final ConnectionCheck check = new ConnectionCheck();
    private final Checkbox declaration = new Checkbox(
            "I confirm that I am the person in the footage I am asking for, and that the information I have given "
                    + "is true to the best of my knowledge");

    DeclarationView(RequestDraft draft, PublicFiling filing, ContactDetails contact) {
        super(draft, FilingStep.DECLARATION, "Declaration");
        this.filing = filing;
        this.contact = contact;
        declaration.setId("declaration");
        declaration.setManualValidation(true);
        declaration.setValue(draft.declarationAccepted);
        var send = new Button("Accept and send request", click -> send(click.getSource()));
        send.setId("send-request");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        add(Page.body("Asking for footage of someone else by pretending to be them is an offence under section 170 "
                        + "of the Data Protection Act 2018."),
                Fields.form(declaration), send, check);
    }

    private void send(Button send) {
        var validation = new FormValidation(errors);
        validate(validation);
        if (!validation.passed()) {
            send.setEnabled(true);
            return;
        }
        save();
        fileWith(send, null, 0);
    }

    private void fileWith(Button send, @Nullable WorkSolution solution, int rounds) {
        FilingOutcome outcome;
        try {
            outcome = filing.file(draft.toNewRequest(), draft.complaintConsent, ConnectionCheck.clientAddress(),
                    solution);
        } catch (InvalidRequestException invalid) {
            send.setEnabled(true);
            errors.showMessage("Some answers need changing before we can accept your request: "
                    + String.join("; ", invalid.problems().values())
                    + ". Use the Back link to go to your answers.");
            return;
        }
        switch (outcome) {
            case FilingOutcome.Filed filed -> {
                draft.filed(filed.receipt());
                getUI().ifPresent(ui -> ui.navigate(FilingStep.CONFIRMATION));
            }
            case FilingOutcome.ChallengeNeeded needed when rounds < ConnectionCheck.MAX_ROUNDS -> check.solve(
                    needed.challenge(), solved -> fileWith(send, solved, rounds + 1), () -> notChecked(send));
            case FilingOutcome.ChallengeNeeded needed -> notChecked(send);
            case FilingOutcome.TooManyFilings tooMany -> {
                send.setEnabled(true);
                errors.showMessage("You have sent several requests from this connection. Try again after "
                        + TIME.format(tooMany.tryAgainAfter().atZone(LondonTime.ZONE)) + " or call "
                        + contact.phone() + " (" + contact.hours() + "). Your answers have been kept.");
            }
        }
    }

    private void notChecked(Button send) {
        send.setEnabled(true);
        errors.showMessage(ConnectionCheck.FAILED);
    }

    @Override
    protected void validate(FormValidation validation) {
        validation.check(declaration, declaration.getValue() ? Optional.empty()
                : Optional.of("Confirm the declaration to send your request"));
    }

    @Override
    protected void save() {
        draft.declarationAccepted = declaration.getValue();
    }
}
