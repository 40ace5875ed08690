package org.candour.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.candour.requests.InvalidRequestException;
import org.candour.requests.RequestFilingService;
import org.candour.shared.ui.FormValidation;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/**
 * The declaration and the one button that files the request. The button disables itself on click and the draft
 * carries a submission key, so a double click or a resubmitted form files exactly one request.
 */
@Route(value = "request-footage/declaration", layout = MainLayout.class)
@PageTitle("Declaration - Request footage - Candour")
@AnonymousAllowed
class DeclarationView extends FilingStepView {

    private final RequestFilingService filing;
    private final Checkbox declaration = new Checkbox(
            "I confirm that I am the person in the footage I am asking for, and that the information I have given "
                    + "is true to the best of my knowledge");

    DeclarationView(RequestDraft draft, RequestFilingService filing) {
        super(draft, FilingStep.DECLARATION, "Declaration");
        this.filing = filing;
        declaration.setId("declaration");
        declaration.setManualValidation(true);
        declaration.setValue(draft.declarationAccepted);
        var send = new Button("Accept and send request", click -> send(click.getSource()));
        send.setId("send-request");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        add(Page.body("Asking for footage of someone else by pretending to be them is an offence under section 170 "
                        + "of the Data Protection Act 2018."),
                Fields.form(declaration), send);
    }

    private void send(Button send) {
        var validation = new FormValidation(errors);
        validate(validation);
        if (!validation.passed()) {
            send.setEnabled(true);
            return;
        }
        save();
        try {
            draft.filed(filing.file(draft.toNewRequest(), draft.complaintConsent));
            getUI().ifPresent(ui -> ui.navigate(FilingStep.CONFIRMATION));
        } catch (InvalidRequestException invalid) {
            send.setEnabled(true);
            errors.showMessage("Some answers need changing before we can accept your request: "
                    + String.join("; ", invalid.problems().values())
                    + ". Use the Back link to go to your answers.");
        }
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
