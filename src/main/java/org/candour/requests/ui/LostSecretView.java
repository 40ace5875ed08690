package org.candour.requests.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.candour.requests.LostSecrets;
import org.candour.requests.ResetAsk;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.FormValidation;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/**
 * "I have lost my tracking secret": reference and the email address given when filing. The page says the same
 * whether or not they matched, so it tells nobody which addresses go with which requests.
 */
@Route(value = LostSecretView.ROUTE, layout = MainLayout.class)
@PageTitle("Lost tracking secret - Candour")
@AnonymousAllowed
class LostSecretView extends Div {

    static final String ROUTE = "track/lost-secret";
    static final String SENT = "If the reference and email address match a request, we have sent an email to that "
            + "address with a link to set a new tracking secret. The link works once, for 60 minutes. If no email "
            + "arrives, check your spam folder, and check that you typed the address you gave with your request.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LondonTime.LOCALE);

    private final LostSecrets lostSecrets;
    private final ErrorSummary errors = new ErrorSummary();
    private final TextField reference = Fields.text("reference", "Reference", "off");
    private final EmailField email = Fields.email("email", "Email address");
    private final Div form;

    LostSecretView(LostSecrets lostSecrets) {
        this.lostSecrets = lostSecrets;
        addClassName("page");
        reference.setHelperText("For example, BWV-2026-000123");
        reference.setWidth("16em");
        email.setHelperText("The email address you gave when you sent your request");
        email.setMaxWidth("30em");
        var send = new Button("Send me a link", click -> send());
        send.setId("send-link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        form = new Div(Page.backLink("track"), Page.heading("I have lost my tracking secret"),
                Page.body("We can email you a link to set a new secret. Enter your request's reference and the "
                        + "email address you gave when you sent it. Your old secret will stop working when you set "
                        + "a new one."),
                Fields.form(reference, email), send);
        add(errors, form);
    }

    private void send() {
        var validation = new FormValidation(errors)
                .check(reference, reference.getValue().isBlank() ? Optional.of("Enter your reference")
                        : Optional.empty())
                .check(email, email.getValue().isBlank() ? Optional.of("Enter the email address you gave with your "
                        + "request") : Optional.empty());
        if (!validation.passed()) {
            return;
        }
        switch (lostSecrets.ask(reference.getValue(), email.getValue(), clientAddress())) {
            case ResetAsk.Asked asked -> {
                errors.hide();
                remove(form);
                var sent = Page.body(SENT);
                sent.setId("link-sent");
                add(Page.heading("Check your email"), sent, Page.link("track", "Back to tracking"));
            }
            case ResetAsk.TooManyAttempts tooMany -> errors.showMessage("There have been too many requests for a "
                    + "link for this request or from this connection. Try again after "
                    + TIME.format(tooMany.tryAgainAfter().atZone(LondonTime.ZONE)) + ".");
        }
    }

    private static String clientAddress() {
        var session = VaadinSession.getCurrent();
        return session == null ? "unknown" : session.getBrowser().getAddress();
    }
}
