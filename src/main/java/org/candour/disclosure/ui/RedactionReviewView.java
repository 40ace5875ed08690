package org.candour.disclosure.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import java.util.function.Supplier;
import org.candour.disclosure.FootageFile;
import org.candour.disclosure.domain.RedactionJob;
import org.candour.disclosure.domain.RedactionJobException;
import org.candour.disclosure.domain.RedactionJobState;
import org.candour.disclosure.redaction.InvalidRedactionPlanException;
import org.candour.disclosure.redaction.ManualBox;
import org.candour.disclosure.redaction.TimeRange;
import org.candour.disclosure.review.RedactionReviews;
import org.candour.identity.Roles;
import org.candour.requests.RequestChangedException;
import org.candour.requests.WorkflowException;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.SuccessBanner;
import org.jspecify.annotations.Nullable;

/**
 * Redaction review of one original clip: find the faces, look at the timeline with the boxes drawn, choose what is
 * blurred and silenced, render the disclosure copy with a progress bar (the work runs in the background and the page
 * reads its progress, so a reload or another session sees the same), watch the copy, and propose its release for a
 * supervisor's sign-off.
 */
@Route(value = "staff/requests/:reference/footage/:original/redaction", layout = MainLayout.class)
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR})
class RedactionReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MILLIS = 1000;

    private final RedactionReviews reviews;
    private final ErrorSummary errors = new ErrorSummary();
    private final SuccessBanner banner = new SuccessBanner();
    private final Div content = new Div();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private String reference = "";
    private @Nullable FootageFile original;
    private @Nullable RedactionJob job;
    private @Nullable Registration polling;

    RedactionReviewView(RedactionReviews reviews) {
        this.reviews = reviews;
        addClassName("page");
        progressBar.setId("redaction-progress");
        progressText.setId("redaction-progress-text");
        progressBar.getElement().setAttribute("aria-labelledby", "redaction-progress-text");
        add(errors, banner, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElseThrow(NotFoundException::new);
        UUID originalId;
        try {
            originalId = UUID.fromString(event.getRouteParameters().get("original").orElseThrow());
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException();
        }
        original = reviews.original(reference, originalId).orElseThrow(NotFoundException::new);
        job = reviews.latest(originalId).orElse(null);
        show();
    }

    @Override
    public String getPageTitle() {
        return "Redact footage of " + reference + " - Candour";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(poll -> refresh());
        pollWhileRunning();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    private void refresh() {
        if (job == null) {
            return;
        }
        var before = job;
        job = reviews.job(before.id()).orElse(null);
        if (job != null && job.state() == before.state() && job.version() == before.version()) {
            showProgress(job);
        } else {
            show();
        }
    }

    private void show() {
        var clip = original;
        if (clip == null) {
            return;
        }
        content.removeAll();
        var caption = new Span("Footage request " + reference);
        caption.addClassName("caption");
        content.add(Page.backLink("staff/requests/" + reference + "/footage"), caption,
                Page.heading("Redact " + clip.originalName()));
        var status = new Div();
        status.setId("redaction-status");
        content.add(status);
        var current = job;
        if (current == null) {
            status.add(Page.body("Find the faces in this clip first. It runs in the background; you can leave this "
                    + "page and come back."));
            status.add(primary("find-faces", "Find faces", () -> reviews.findFaces(reference, clip.id())));
        } else if (current.state().running()) {
            showProgress(current);
            status.add(progressText, progressBar, cancelling(current));
        } else {
            showSettled(current, clip, status);
        }
        pollWhileRunning();
    }

    private void showSettled(RedactionJob current, FootageFile clip, Div status) {
        if (current.state() == RedactionJobState.FAILED || current.state() == RedactionJobState.CANCELLED) {
            status.add(Page.warning(current.failure() == null ? "The work stopped." : current.failure()));
            if (!current.detected()) {
                status.add(primary("find-faces", "Find faces again", () -> reviews.findFaces(reference, clip.id())));
                return;
            }
        }
        var plan = current.plan();
        if (plan == null) {
            return;
        }
        reviews.copy(current).ifPresent(copy -> content.add(new DisclosureCopyPanel(current, copy,
                reviews.releaseMayBeProposed(reference), redacted -> propose(current, redacted))));
        content.add(Page.subheading("Timeline"), new TimelineStrip(reviews.timeline(current)));
        if (current.plannable()) {
            content.add(new RedactionPlanPanel(current, plan, choices(current)));
            content.add(primary("render-copy", current.state() == RedactionJobState.RENDERED
                    ? "Render the disclosure copy again" : "Render disclosure copy",
                    () -> reviews.render(current.id(), current.version())));
        }
        if (current.state() == RedactionJobState.RENDERED) {
            status.add(Page.body("The disclosure copy is ready. Watch it before you propose its release."));
        } else if (current.state() == RedactionJobState.SIGNED_OFF) {
            status.add(Page.body("A supervisor signed off this copy for release. It can no longer be changed."));
        } else if (current.state() == RedactionJobState.REVIEW) {
            status.add(Page.body("Check the faces found, add anything else to hide, then render the copy."));
        }
    }

    /** "Cancel", then a confirmation in the page (keyboard and screen reader friendly) before the work is stopped. */
    private Div cancelling(RedactionJob running) {
        String what = running.state() == RedactionJobState.DETECTING ? "finding faces" : "this render";
        var area = new Div();
        area.setId("cancel-area");
        var cancel = new Button(running.state() == RedactionJobState.DETECTING ? "Cancel finding faces"
                : "Cancel the render");
        cancel.setId("cancel-job");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(click -> {
            var question = Page.warning("Stop " + what + "? Nothing it has done so far is kept"
                    + (running.state() == RedactionJobState.RENDERING ? "; your choices for the copy stay as they are."
                    : "; you can find faces again later."));
            var yes = new Button("Yes, stop " + what, confirmed -> change(() -> reviews.cancel(running.id(),
                    running.version()), running.state() == RedactionJobState.DETECTING ? "Finding faces was cancelled."
                    : "The render was cancelled. No copy was stored."));
            yes.setId("confirm-cancel-job");
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            var no = new Button("No, keep going", kept -> {
                area.removeAll();
                area.add(cancel);
                cancel.focus();
            });
            no.setId("keep-job-running");
            area.removeAll();
            area.add(question, yes, no);
            yes.focus();
        });
        area.add(cancel);
        return area;
    }

    private void showProgress(RedactionJob running) {
        int percent = (int) Math.floor(running.progress() * 100);
        progressBar.setValue(running.progress());
        progressText.setText((running.state() == RedactionJobState.DETECTING ? "Finding faces: "
                : "Rendering the disclosure copy: ") + percent + "% done. You can leave this page; the work goes on.");
    }

    private void pollWhileRunning() {
        getUI().ifPresent(ui -> ui.setPollInterval(job != null && job.state().running() ? POLL_MILLIS : -1));
    }

    private RedactionPlanPanel.Choices choices(RedactionJob current) {
        return new RedactionPlanPanel.Choices() {
            @Override
            public void keepClear(int trackId, boolean clear) {
                change(() -> reviews.keepClear(current.id(), current.version(), trackId, clear),
                        "Face F" + trackId + (clear ? " will be kept clear." : " will be blurred."));
            }

            @Override
            public void addBox(ManualBox box) {
                change(() -> reviews.addManualBox(current.id(), current.version(), box), "The box is added.");
            }

            @Override
            public void removeBox(int index) {
                change(() -> reviews.removeManualBox(current.id(), current.version(), index), "The box is removed.");
            }

            @Override
            public void addMute(TimeRange range) {
                change(() -> reviews.addMute(current.id(), current.version(), range), "The stretch will be silent.");
            }

            @Override
            public void removeMute(int index) {
                change(() -> reviews.removeMute(current.id(), current.version(), index), "The sound is kept there.");
            }

            @Override
            public void problem(String message) {
                banner.hide();
                errors.showMessage(message);
            }
        };
    }

    private void propose(RedactionJob current, boolean redacted) {
        try {
            reviews.proposeRelease(current.id(), redacted);
            errors.hide();
            show();
            banner.show("The release is proposed. A supervisor must sign it off before the requester gets the copy.");
        } catch (WorkflowException | RequestChangedException | RedactionJobException refused) {
            banner.hide();
            errors.showMessage(refused.getMessage());
        }
    }

    private Button primary(String id, String text, Supplier<RedactionJob> action) {
        var button = new Button(text, click -> change(action, null));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void change(Supplier<RedactionJob> action, @Nullable String done) {
        try {
            job = action.get();
            errors.hide();
            show();
            if (done != null) {
                banner.show(done);
            } else {
                banner.hide();
            }
        } catch (InvalidRedactionPlanException invalid) {
            banner.hide();
            errors.showMessage("Check the " + String.join("; ", invalid.problems()) + ".");
        } catch (RedactionJobException refused) {
            banner.hide();
            errors.showMessage(refused.getMessage());
            job = reviews.job(job == null ? UUID.randomUUID() : job.id()).orElse(job);
            show();
        }
    }
}
