package org.candour.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.candour.requests.LostSecrets;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/**
 * The page the emailed one-time link opens. Opening it changes nothing (mail scanners open links too); the
 * requester presses "Set a new secret", and the new secret is shown once. An expired, used or unknown link gets one
 * clear page, and nothing changes.
 */
@Route(value = LostSecrets.NEW_SECRET_PATH, layout = MainLayout.class)
@PageTitle("Set a new tracking secret - Candour")
@AnonymousAllowed
class NewSecretView extends Div implements BeforeEnterObserver {

    static final String LINK_UNUSABLE = "This link has expired or has already been used";

    private final LostSecrets lostSecrets;

    NewSecretView(LostSecrets lostSecrets) {
        this.lostSecrets = lostSecrets;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getSingleParameter(LostSecrets.TOKEN_PARAMETER)
                .orElse("");
        if (token.isBlank() || !lostSecrets.isUsable(token)) {
            showUnusable();
            return;
        }
        var set = new Button("Set a new secret", click -> setNewSecret(token));
        set.setId("set-new-secret");
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(Page.heading("Set a new tracking secret"),
                Page.body("When you set a new secret, your old one stops working at once. We show the new secret "
                        + "only once: have a way to write it down or save it."), set);
    }

    private void setNewSecret(String token) {
        removeAll();
        lostSecrets.setNewSecret(token).ifPresentOrElse(this::showSecret, this::showUnusable);
    }

    private void showSecret(String newSecret) {
        var secret = new Span(newSecret);
        secret.setId("tracking-secret");
        secret.addClassName("tracking-secret");
        var box = new Div(Page.subheading("Your new tracking secret"), secret,
                Page.warning("Write down or save this secret now. You need it with your reference to track your "
                        + "request. We will not show it again, and your old secret no longer works."));
        box.addClassName("secret-box");
        add(Page.heading("Your tracking secret has changed"), box, Page.link("track", "Track your request"));
    }

    private void showUnusable() {
        var explanation = Page.body("A link to set a new tracking secret works once, for 60 minutes. Nothing has "
                + "changed: your secret is the one you had. If you still need a new one, ask for another link.");
        explanation.setId("link-unusable");
        add(Page.heading(LINK_UNUSABLE), explanation, Page.link(LostSecretView.ROUTE, "Ask for a new link"));
    }
}
