package org.candour.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.candour.identity.ComplaintBodies;
import java.util.function.Function;
import org.candour.requests.RequestStatus;
import org.candour.requests.RequestTrackingService;
import org.candour.requests.RequesterAnswers;
import org.candour.requests.TrackingCredentials;
import org.candour.requests.TrackingOutcome;
import org.candour.requests.TrackingSection;
import org.candour.requests.WorkSolution;
import org.candour.requests.WorkflowException;
import org.candour.requests.domain.InvalidDocumentException;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.ContactDetails;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.FormValidation;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.SuccessBanner;
import org.candour.shared.uploads.TemporaryUploads;
import org.jspecify.annotations.Nullable;

/**
 * Track a request with its reference and secret. Wrong details give one neutral message that does not say which
 * was wrong; repeated failures are slowed down by the tracking service.
 */
@Route(value = "track", layout = MainLayout.class)
@PageTitle("Track a request - Candour")
@AnonymousAllowed
class TrackView extends Div {

    static final String NOT_FOUND = "We could not find a request with that reference and secret. Check both and try "
            + "again. They are on the page you saw when you sent your request.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LondonTime.LOCALE);

    private final RequestTrackingService tracking;
    private final RequesterAnswers answers;
    private final TemporaryUploads uploads;
    private final ComplaintBodies bodies;
    private final List<TrackingSection> sections;
    private final ContactDetails contact;
    private final ErrorSummary errors = new ErrorSummary();
    private final SuccessBanner banner = new SuccessBanner();
    private final Div shown = new Div();
    private final ConnectionCheck check = new ConnectionCheck();
    private final TextField reference = Fields.text("reference", "Reference", "off");
    private final TextField secret = Fields.text("secret", "Secret", "off");
    private final Div form;

    TrackView(RequestTrackingService tracking, RequesterAnswers answers, ComplaintBodies bodies,
              List<TrackingSection> sections, ContactDetails contact, TemporaryUploads uploads) {
        this.tracking = tracking;
        this.uploads = uploads;
        this.contact = contact;
        this.answers = answers;
        this.bodies = bodies;
        this.sections = sections;
        addClassName("page");
        reference.setHelperText("For example, BWV-2026-000123");
        reference.setWidth("16em");
        secret.setHelperText("16 letters and numbers, for example KQ7M-XW3R-9PLA-2CDE");
        secret.setWidth("20em");
        secret.getElement().setAttribute("spellcheck", "false");
        var track = new Button("Track request", click -> track());
        track.setId("track-request");
        track.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        track.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        var lost = Page.link(LostSecretView.ROUTE, "I have lost my tracking secret");
        lost.setId("lost-secret");
        form = new Div(Page.heading("Track a request"),
                Page.body("Enter the reference and the secret you were given when you sent your request."),
                Fields.form(reference, secret), track, check, new Div(lost));
        add(errors, banner, form, shown);
    }

    private void track() {
        var validation = new FormValidation(errors)
                .check(reference, reference.getValue().isBlank() ? Optional.of("Enter your reference") : Optional.empty())
                .check(secret, secret.getValue().isBlank() ? Optional.of("Enter your secret") : Optional.empty());
        if (!validation.passed()) {
            return;
        }
        lookUp(null, 0);
    }

    private void lookUp(@Nullable WorkSolution solution, int rounds) {
        var outcome = tracking.track(reference.getValue(), secret.getValue(), clientAddress(), solution);
        switch (outcome) {
            case TrackingOutcome.Found found -> {
                errors.hide();
                remove(form);
                show(found.status());
            }
            case TrackingOutcome.ChallengeNeeded needed when rounds < ConnectionCheck.MAX_ROUNDS -> check.solve(
                    needed.challenge(), solved -> lookUp(solved, rounds + 1),
                    () -> errors.showMessage(ConnectionCheck.FAILED));
            default -> refused(outcome);
        }
    }

    private void show(RequestStatus status) {
        shown.removeAll();
        shown.add(new RequestStatusPanel(status));
        var who = new TrackingCredentials(reference.getValue(), secret.getValue(), clientAddress());
        sections.forEach(section -> section.sectionFor(who, status).ifPresent(shown::add));
        DecisionLetter.of(status, contact).ifPresent(shown::add);
        var actions = new RequesterActionsPanel(status, answers, this::act, errors, uploads);
        actions.addClassName("no-print");
        shown.add(actions);
        sharingPanel().ifPresent(panel -> {
            panel.addClassName("no-print");
            shown.add(panel);
        });
    }

    /** Runs a requester action with the reference and secret typed; shows the request after it, or why not. */
    private boolean act(Function<TrackingCredentials, TrackingOutcome> action, String success) {
        banner.hide();
        TrackingOutcome outcome;
        try {
            outcome = action.apply(new TrackingCredentials(reference.getValue(), secret.getValue(), clientAddress()));
        } catch (WorkflowException | InvalidDocumentException refused) {
            errors.showMessage(refused.getMessage());
            return false;
        }
        if (outcome instanceof TrackingOutcome.Found found) {
            errors.hide();
            show(found.status());
            banner.show(success);
            banner.getElement().executeJs("this.scrollIntoView()");
            return true;
        }
        refused(outcome);
        return false;
    }

    private void refused(TrackingOutcome outcome) {
        switch (outcome) {
            case TrackingOutcome.TooManyAttempts tooMany -> errors.showMessage(
                    "There have been too many attempts to track this request or from this connection. Try again "
                            + "after " + TIME.format(tooMany.tryAgainAfter().atZone(LondonTime.ZONE)) + ".");
            case TrackingOutcome.ChallengeNeeded needed -> errors.showMessage(ConnectionCheck.FAILED);
            default -> errors.showMessage(NOT_FOUND);
        }
    }

    private Optional<ComplaintSharingPanel> sharingPanel() {
        var all = bodies.all();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        String typedReference = reference.getValue();
        String typedSecret = secret.getValue();
        return Optional.of(new ComplaintSharingPanel(all, (body, complaint, identity) -> tracking
                .shareWithComplaintBody(typedReference, typedSecret, clientAddress(), body.id(), complaint, identity)));
    }

    private static String clientAddress() {
        return ConnectionCheck.clientAddress();
    }
}
