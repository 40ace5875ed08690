package org.candour.requests.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.Arrays;
import org.candour.requests.CaseDetails;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestState;
import org.candour.requests.domain.CaseAction;
import org.candour.requests.domain.Decision;
import org.candour.requests.domain.NoFootageReason;
import org.candour.requests.domain.RestrictionGround;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.Page;
import org.jspecify.annotations.Nullable;

/**
 * The next steps the workflow allows for this request, each a small form. Only allowed steps are offered; the
 * request itself still refuses an illegal move, and the page shows its message.
 */
final class WorkflowPanel extends Div {

    private final CaseworkService casework;
    private final CaseChanges changes;
    private final Clock clock;

    WorkflowPanel(CaseDetails details, boolean supervisor, String username, CaseworkService casework,
                  CaseChanges changes, Clock clock) {
        this.casework = casework;
        this.changes = changes;
        this.clock = clock;
        setId("next-steps");
        add(Page.subheading("Next steps"));
        if (details.decision().awaitingSignOff()) {
            add(signOff(details, supervisor));
        }
        var answer = details.answerToCheck();
        if (answer != null && answer.clarification()) {
            add(checkAnswer(answer));
        }
        if (details.allows(CaseAction.VERIFY_IDENTITY)) {
            add(verifyIdentity(answer));
        }
        if (details.allows(CaseAction.REQUEST_IDENTITY_DOCUMENTS)) {
            add(requestDocuments());
        }
        if (details.allows(CaseAction.START_SEARCH)) {
            add(step("Search for footage", "Start the search of the footage catalogue.",
                    button("start-search", "Start search", () -> changes.apply(d -> casework.startSearch(
                            d.reference(), d.version()), "The search has started."))));
        }
        if (details.allows(CaseAction.START_REVIEW)) {
            add(step("Review the footage", "Every attached recording must be preserved first.",
                    button("start-review", "Start review", () -> changes.apply(d -> casework.startReview(
                            d.reference(), d.version()), "The footage is in review."))));
        }
        var review = details.state() == RequestState.INTERNAL_REVIEW ? details.review() : null;
        if (review != null && review.madeTheDecision(username)) {
            add(step("Internal review", "You made the decision under review, so someone else must decide the "
                    + "review."));
        } else {
            if (details.allows(CaseAction.DECIDE)) {
                add(decide());
            }
            if (details.allows(CaseAction.NO_FOOTAGE_HELD_ANSWER)) {
                add(noFootage());
            }
        }
        if (details.allows(CaseAction.ASK_FOR_CLARIFICATION)) {
            add(askForClarification());
        }
        if (details.allows(CaseAction.CLARIFICATION_RECEIVED)) {
            add(clarificationReceived());
        }
        if (details.allows(CaseAction.EXTEND)) {
            add(extend());
        }
        if (details.allows(CaseAction.REQUEST_INTERNAL_REVIEW) || details.allows(CaseAction.RECORD_ICO_REFERRAL)) {
            add(challenges(details));
        }
        add(ending(details));
    }

    /** s.54(3C): the requester's reply ended the pause; the caseworker confirms it or asks a new question. */
    private Div checkAnswer(CaseDetails.AnswerToCheck answer) {
        var question = textArea("new-question", "New question for the requester");
        var step = step("Check the requester's answer", "The requester replied on "
                + LondonTime.inWords(answer.receivedOn()) + " (see their reply below), so the time limit runs "
                + "again from the day after (s.54(3C)). Confirm that it answers the question, or ask a new one: the "
                + "time limit then pauses again from today.",
                button("confirm-answer", "It answers the question", () -> changes.apply(d -> casework.confirmAnswer(
                        d.reference(), d.version()), "The answer is confirmed. The time limit keeps running.")),
                question, secondary("ask-again", "Ask and pause the clock again", () -> changes.apply(d -> casework
                        .askForClarification(d.reference(), d.version(), question.getValue()),
                        "The new question was sent and the clock is paused again.")));
        step.setId("answer-to-check");
        return step;
    }

    private Div verifyIdentity(CaseDetails.@Nullable AnswerToCheck answer) {
        var verifiedOn = QueueFields.date("verified-on", "Date the identity was verified");
        boolean documentsArrived = answer != null && !answer.clarification();
        verifiedOn.setValue(documentsArrived ? answer.receivedOn() : LondonTime.today(clock));
        return step("Verify identity", (documentsArrived ? "The requester sent identity documents on "
                + LondonTime.inWords(answer.receivedOn()) + ". " : "") + "Check the identity documents against the "
                + "requester's details. The one-month time limit starts on this date (s.54(3)).", verifiedOn,
                button("verify-identity", "Confirm identity verified", () -> changes.apply(d -> casework
                        .verifyIdentity(d.reference(), d.version(), verifiedOn.getValue()),
                        "Identity verified: the statutory clock has started.")));
    }

    private Div requestDocuments() {
        var message = textArea("documents-message", "What the requester must send");
        return step("Ask for identity documents", "The requester sees this message when they track the request.",
                message, button("request-documents", "Ask for documents", () -> changes.apply(d -> casework
                        .requestIdentityDocuments(d.reference(), d.version(), message.getValue()),
                        "The requester has been asked for identity documents.")));
    }

    private Div decide() {
        var decision = new RadioButtonGroup<Decision>("Decision");
        decision.setId("decision");
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(d -> d.state().staffName());
        var ground = new Select<RestrictionGround>();
        ground.setId("ground");
        ground.setLabel("s.45(4) ground (for a refusal or partial release)");
        ground.setItems(Arrays.asList(RestrictionGround.values()));
        ground.setItemLabelGenerator(g -> g == null ? "None (full release)" : g.label());
        ground.setEmptySelectionAllowed(true);
        ground.setWidthFull();
        return step("Decide", "Redact before refusing. Footage stored with the request is released from its clip's "
                + "redaction page, naming the disclosure copy. A refusal or partial release needs its s.45(4) ground "
                + "and a supervisor's sign-off; the requester is told about s.51 and the ICO.", decision, ground,
                button("record-decision", "Record decision", () -> changes.apply(d -> casework.decide(d.reference(),
                        d.version(), decision.getValue(), decision.getValue() == null || !decision.getValue()
                                .restricts() ? null : ground.getValue()),
                        decision.getValue() != null && decision.getValue().restricts()
                                ? "The decision is waiting for a supervisor's sign-off." : "The decision is recorded.")));
    }

    private Div signOff(CaseDetails details, boolean supervisor) {
        var decision = details.decision();
        var step = step("Decision waiting for sign-off", decision.proposedOutcome()
                + (decision.proposedGround() == null ? "" : " under " + decision.proposedGround())
                + ", proposed by " + decision.proposedBy() + ".");
        step.setId("awaiting-sign-off");
        if (decision.proposedCopyId() != null) {
            step.add(Page.body("The decision releases the redacted disclosure copy. Watch it before you sign it "
                    + "off: signing off approves this copy for the requester."), Page.link("staff/requests/"
                    + details.reference() + "/footage", "Watch the disclosure copy"));
        }
        if (supervisor) {
            step.add(new Div(button("sign-off", "Sign off", () -> changes.apply(d -> casework.signOff(d.reference(),
                            d.version()), "The decision is signed off and the requester has been told.")),
                    secondary("send-back", "Send back", () -> changes.apply(d -> casework.sendBack(d.reference(),
                            d.version()), "The proposed decision was sent back."))));
        } else {
            step.add(Page.body("A supervisor other than the proposer must sign it off."));
        }
        return step;
    }

    private Div noFootage() {
        var reason = new RadioButtonGroup<NoFootageReason>("Why is no footage held?");
        reason.setId("no-footage-reason");
        reason.setItems(NoFootageReason.values());
        reason.setItemLabelGenerator(NoFootageReason::explanation);
        return step("No footage held", "The requester is told which reason applies.", reason,
                secondary("no-footage", "Answer 'no footage held'", () -> changes.apply(d -> casework.noFootageHeld(
                        d.reference(), d.version(), reason.getValue()), "The requester has been told that no footage "
                        + "is held.")));
    }

    private Div askForClarification() {
        var question = textArea("clarification-question", "Question for the requester");
        return step("Ask for clarification", "The clock pauses until the answer arrives (s.54(3C)).", question,
                secondary("ask-clarification", "Ask and pause the clock", () -> changes.apply(d -> casework
                        .askForClarification(d.reference(), d.version(), question.getValue()),
                        "The question was sent and the clock is paused.")));
    }

    private Div clarificationReceived() {
        var answeredOn = QueueFields.date("answered-on", "Date the answer arrived");
        answeredOn.setValue(LondonTime.today(clock));
        return step("Clarification received", "The clock runs again from the day after (s.54(3C)).", answeredOn,
                button("clarification-received", "Record the answer", () -> changes.apply(d -> casework
                        .clarificationReceived(d.reference(), d.version(), answeredOn.getValue()),
                        "The answer is recorded and the clock is running again.")));
    }

    private Div extend() {
        var months = new RadioButtonGroup<Integer>("Extend by");
        months.setId("extension-months");
        months.setItems(1, 2);
        months.setItemLabelGenerator(m -> m == 1 ? "One month" : "Two months");
        var reason = textArea("extension-reason", "Reason (the requester is told it)");
        var noticeOn = QueueFields.date("extension-notice-on", "Date of the notice");
        noticeOn.setValue(LondonTime.today(clock));
        return step("Extend the time limit", "Only for complex or numerous requests, notified within the first "
                + "month (s.54(3A)).", months, reason, noticeOn,
                secondary("extend", "Extend and tell the requester", () -> changes.apply(d -> casework.extend(
                        d.reference(), d.version(), months.getValue() == null ? 0 : months.getValue(),
                        reason.getValue(), noticeOn.getValue()), "The time limit is extended.")));
    }

    private Div challenges(CaseDetails details) {
        var step = step("Challenges", "Record that the requester asked for an internal review or went to the ICO.");
        if (details.allows(CaseAction.REQUEST_INTERNAL_REVIEW)) {
            step.add(secondary("internal-review", "Internal review requested", () -> changes.apply(d -> casework
                    .requestInternalReview(d.reference(), d.version()), "The request is in internal review.")));
        }
        if (details.allows(CaseAction.RECORD_ICO_REFERRAL)) {
            var icoReference = new TextField("ICO case reference");
            icoReference.setId("ico-reference");
            var referredOn = QueueFields.date("ico-referred-on", "Date of the referral");
            referredOn.setValue(LondonTime.today(clock));
            step.add(icoReference, referredOn, secondary("record-ico", "Record ICO referral (s.51)",
                    () -> changes.apply(d -> casework.recordIcoReferral(d.reference(), d.version(),
                            icoReference.getValue(), referredOn.getValue()), "The ICO referral is recorded.")));
        }
        return step;
    }

    private Div ending(CaseDetails details) {
        var buttons = new Div();
        buttons.addClassName("button-group");
        if (details.allows(CaseAction.CLOSE)) {
            buttons.add(secondary("close", "Close the request", () -> changes.apply(d -> casework.close(
                    d.reference(), d.version()), "The request is closed.")));
        }
        if (details.allows(CaseAction.WITHDRAW)) {
            buttons.add(secondary("withdraw", "Record withdrawal", () -> changes.apply(d -> casework.withdraw(
                    d.reference(), d.version()), "The request is withdrawn.")));
        }
        return buttons;
    }

    private static Div step(String title, String hint, Component... content) {
        var step = new Div(new H3(title), Page.body(hint));
        step.add(content);
        step.addClassName("case-step");
        return step;
    }

    private static TextArea textArea(String id, String label) {
        var area = new TextArea(label);
        area.setId(id);
        area.setWidthFull();
        area.setMaxLength(1000);
        return area;
    }

    static Button button(String id, String text, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    static Button secondary(String id, String text, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.setId(id);
        button.addClassName("secondary-button");
        return button;
    }
}
