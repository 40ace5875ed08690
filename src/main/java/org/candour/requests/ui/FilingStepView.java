package org.candour.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.FormValidation;
import org.candour.shared.ui.Page;

/**
 * A page of the filing form: back link, error summary, heading, the page's questions and a Continue button.
 * Pages cannot be reached before the ones they depend on, and a filed request sends you to its confirmation.
 */
abstract class FilingStepView extends Div implements BeforeEnterObserver {

    protected final RequestDraft draft;
    protected final ErrorSummary errors = new ErrorSummary();
    private final FilingStep step;

    FilingStepView(RequestDraft draft, FilingStep step, String heading) {
        this.draft = draft;
        this.step = step;
        addClassNames("page", "filing-page");
        var caption = new Span("Request footage");
        caption.addClassName("caption");
        add(Page.backLink(step.previousPath()), errors, caption, Page.heading(heading));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (draft.receipt() != null) {
            event.forwardTo(FilingStep.CONFIRMATION);
            return;
        }
        FilingStep missing = draft.firstUnansweredBefore(step);
        if (missing != null) {
            event.forwardTo(missing.path());
        }
    }

    protected Button continueButton() {
        var button = new Button("Continue", click -> submit());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("continue");
        return button;
    }

    private void submit() {
        var validation = new FormValidation(errors);
        validate(validation);
        if (validation.passed()) {
            save();
            draft.answered(step);
            boolean backToCheck = draft.reachedCheckAnswers() && step.compareTo(FilingStep.CHECK_ANSWERS) < 0;
            getUI().ifPresent(ui -> ui.navigate(backToCheck ? FilingStep.CHECK_ANSWERS.path() : step.next().path()));
        }
    }

    /** Checks each answer on this page and reports problems to the validation. */
    protected abstract void validate(FormValidation validation);

    /** Copies valid answers into the draft. */
    protected abstract void save();
}
