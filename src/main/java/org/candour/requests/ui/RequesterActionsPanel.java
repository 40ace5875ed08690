package org.candour.requests.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import java.util.function.Function;
import org.candour.requests.RequestState;
import org.candour.requests.RequestStatus;
import org.candour.requests.RequesterAction;
import org.candour.requests.RequesterAnswers;
import org.candour.requests.TrackingCredentials;
import org.candour.requests.TrackingOutcome;
import org.candour.requests.domain.RequesterInput;
import org.candour.shared.ui.Buttons;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.Page;
import org.candour.shared.uploads.TemporaryUploads;

/**
 * What the requester can do on the tracking page, as the state allows it: reply to our message (with files), send
 * another identity document, withdraw the request (after confirming), ask for an internal review of a decision.
 */
final class RequesterActionsPanel extends Div {

    /** Runs an action with the typed reference and secret; shows the request after it, or why not. */
    interface Act {
        boolean act(Function<TrackingCredentials, TrackingOutcome> action, String success);
    }

    private final RequesterAnswers answers;
    private final Act act;
    private final ErrorSummary errors;
    private final TemporaryUploads uploads;

    RequesterActionsPanel(RequestStatus status, RequesterAnswers answers, Act act, ErrorSummary errors,
                          TemporaryUploads uploads) {
        this.answers = answers;
        this.act = act;
        this.errors = errors;
        this.uploads = uploads;
        setId("requester-actions");
        if (status.actions().isEmpty()) {
            return;
        }
        add(Page.subheading("What you can do"));
        if (status.allows(RequesterAction.REPLY)) {
            add(reply(status));
        }
        if (status.allows(RequesterAction.SEND_DOCUMENTS)) {
            add(sendDocuments());
        }
        if (status.allows(RequesterAction.ASK_FOR_REVIEW)) {
            add(askForReview());
        }
        if (status.allows(RequesterAction.WITHDRAW)) {
            add(withdraw(status));
        }
    }

    private Div reply(RequestStatus status) {
        var form = new FormKey();
        var text = textArea("reply-text", "Your reply");
        var files = new AttachedFiles("reply-files", "Files (optional)", errors, uploads);
        boolean question = status.state() == RequestState.AWAITING_CLARIFICATION;
        boolean asked = question || status.state() == RequestState.AWAITING_IDENTITY;
        String success = "Your reply has been sent." + (question ? " We will check that it answers our question."
                : "");
        return section(question ? "Answer our question" : asked ? "Reply to our message" : "Write to us", question
                        ? "The time limit is paused until we receive your answer. It starts again on the day we do."
                        : "Write to the person handling your request. You can attach photos or PDFs.",
                text, files, Buttons.primary("send-reply", "Send reply", () -> {
                    if (act.act(who -> answers.reply(who, form.key(), text.getValue(), files.files()), success)) {
                        text.clear();
                        form.renew();
                        files.sent();
                    }
                }));
    }

    private Div sendDocuments() {
        var form = new FormKey();
        var files = new AttachedFiles("more-documents", "Identity documents", errors, uploads);
        return section("Send another identity document", "For example, a clearer photo of your passport or "
                        + "driving licence, or a recent bill showing your current address.", files,
                Buttons.secondary("send-documents", "Send documents", () -> {
                    if (act.act(who -> answers.sendDocuments(who, form.key(), files.files()),
                            "Your documents have been sent. We will check them.")) {
                        form.renew();
                        files.sent();
                    }
                }));
    }

    private Div askForReview() {
        var form = new FormKey();
        var reasons = textArea("review-reasons", "Why do you think our decision is wrong?");
        return section("Ask us to review our decision", "Someone who did not make the decision will look at it "
                        + "again. If you are still unhappy after that, you can ask the Information Commissioner's "
                        + "Office to check it (section 51).", reasons,
                Buttons.secondary("ask-review", "Ask for a review", () -> act.act(
                        who -> answers.askForInternalReview(who, form.key(), reasons.getValue()),
                        "You have asked for a review. Someone who did not make the decision will review it.")));
    }

    private Div withdraw(RequestStatus status) {
        var confirm = new Div();
        confirm.setId("withdraw-confirmation");
        confirm.setVisible(false);
        var start = Buttons.secondary("withdraw-request", "Withdraw this request", () -> { });
        start.addClickListener(click -> {
            confirm.setVisible(true);
            start.setVisible(false);
        });
        var yes = Buttons.primary("confirm-withdraw", "Yes, withdraw my request", () -> act.act(answers::withdraw,
                "You have withdrawn your request. We have stopped working on it."));
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var no = Buttons.secondary("cancel-withdraw", "No, keep my request", () -> {
            confirm.setVisible(false);
            start.setVisible(true);
        });
        confirm.add(Page.warning("Are you sure you want to withdraw request " + status.reference() + "? We will stop "
                + "working on it and you cannot undo this: you would need to send a new request."), new Div(yes, no));
        return section("Withdraw your request", "If you no longer want the footage, you can withdraw your request.",
                start, confirm);
    }

    private static Div section(String title, String hint, Component... content) {
        var section = new Div(new H3(title), Page.body(hint));
        section.add(content);
        section.addClassName("case-step");
        return section;
    }

    private static TextArea textArea(String id, String label) {
        var area = new TextArea(label);
        area.setId(id);
        area.setWidthFull();
        area.setMaxLength(RequesterInput.REPLY_MAX);
        area.setHelperText(RequesterInput.REPLY_MAX + " characters or fewer");
        return area;
    }

    /**
     * The submission key of one filled-in form: the same while the form is sent again (a double click, a retry after
     * a lost answer), so the portal takes it once; new once it has been taken.
     */
    private static final class FormKey {
        private UUID key = UUID.randomUUID();

        UUID key() {
            return key;
        }

        void renew() {
            key = UUID.randomUUID();
        }
    }
}
