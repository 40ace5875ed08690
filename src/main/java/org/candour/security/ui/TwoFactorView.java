package org.candour.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Base64;
import java.util.List;
import org.candour.identity.TwoFactor;
import org.candour.security.SecondFactorGate;
import org.candour.shared.ui.Buttons;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/**
 * The second step of a staff sign-in ({@link TwoFactor}): the first time, enrol an authenticator app (QR code or
 * key, then a code from it) and save ten recovery codes shown once; afterwards, the app's current code or a
 * recovery code. Only someone who passed the password and still owes the code sees it ({@link SecondFactorGate}).
 */
@Route(value = SecondFactorGate.CODE_PAGE, layout = MainLayout.class)
@PageTitle("Two-factor sign in - Candour")
@PermitAll
public class TwoFactorView extends Div implements BeforeEnterObserver {

    private static final String WRONG = "That code is not right, or it has been used already. Enter the code your "
            + "app shows now.";
    private static final String LOCKED = "Too many wrong codes: your account is locked for 15 minutes, and an "
            + "administrator has been alerted. Sign out and try again later, or ask an administrator.";

    private final TwoFactor twoFactor;
    private final SecondFactorGate gate;
    private final AuthenticationContext authentication;
    private final ErrorSummary errors = new ErrorSummary();

    public TwoFactorView(TwoFactor twoFactor, SecondFactorGate gate, AuthenticationContext authentication) {
        this.twoFactor = twoFactor;
        this.gate = gate;
        this.authentication = authentication;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!gate.owesCode()) {
            event.forwardTo(StaffHomeView.class);
            return;
        }
        removeAll();
        String username = authentication.getPrincipalName().orElseThrow();
        if (twoFactor.isEnrolled(username)) {
            askForCode(username);
        } else {
            enrol(username);
        }
    }

    private void enrol(String username) {
        var app = twoFactor.newEnrolment(username);
        var qr = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(app.qrPng()),
                "QR code that adds your Candour account to an authenticator app");
        qr.setId("totp-qr");
        qr.setWidth("200px");
        var key = new Span(grouped(app.secret()));
        key.setId("totp-secret");
        key.addClassName("secret");
        var code = codeField("code", "6-digit code from the app");
        var steps = new OrderedList(
                new ListItem("Install an authenticator app on your work phone, if it has none (for example "
                        + "Microsoft Authenticator, Google Authenticator or FreeOTP)."),
                new ListItem("In the app, add an account by scanning this QR code, or by typing the key below it."),
                new ListItem("Enter the 6-digit code the app shows."));
        var confirm = onEnter(Buttons.primary("verify-code", "Continue", () -> twoFactor.enrol(username, app.secret(),
                code.getValue()).ifPresentOrElse(this::showRecoveryCodes, () -> wrong(code, WRONG))));
        add(Page.heading("Set up two-factor sign-in"),
                Page.lead("Your account can see personal data, so you sign in with a code from an app as well as "
                        + "your password. You set this up once."),
                errors, steps, qr, Page.body("Key, if you cannot scan the code:"), key, code, confirm);
        code.focus();
    }

    private void showRecoveryCodes(List<String> codes) {
        removeAll();
        var list = new UnorderedList(codes.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.setId("recovery-codes");
        list.addClassName("secret");
        add(Page.heading("Save your recovery codes"),
                Page.lead("If you lose your phone, sign in with one of these codes instead of the app's code. "
                        + "Each works once. Keep them somewhere safe, away from your phone: we show them only now."),
                list, onEnter(Buttons.primary("recovery-saved", "I have saved my recovery codes", this::passed)));
    }

    private void askForCode(String username) {
        var code = codeField("code", "6-digit code from your authenticator app");
        var recovery = new TextField("Recovery code");
        recovery.setId("recovery-code");
        recovery.setAutocomplete(Autocomplete.OFF);
        var other = new Details("I cannot use my app", new Div(
                Page.body("Enter one of the recovery codes you saved when you set up two-factor sign-in. If you have "
                        + "none left, ask an administrator to reset your two-factor sign-in."),
                recovery, Buttons.secondary("use-recovery-code", "Sign in with a recovery code",
                        () -> check(username, recovery, true))));
        add(Page.heading("Enter your sign-in code"),
                Page.lead("Open your authenticator app and enter the 6-digit code it shows for Candour."),
                errors, code, onEnter(Buttons.primary("verify-code", "Sign in", () -> check(username, code, false))),
                other);
        code.focus();
    }

    private void check(String username, TextField field, boolean recovery) {
        switch (twoFactor.check(username, field.getValue(), recovery)) {
            case PASSED -> passed();
            case WRONG -> wrong(field, recovery ? "That recovery code is not right, or it has been used already."
                    : WRONG);
            case LOCKED -> {
                wrong(field, LOCKED);
                getChildren().filter(Button.class::isInstance).forEach(button -> button.setVisible(false));
            }
        }
    }

    /** The session remembers who gave the code; a full page load then runs with the account's own roles. */
    private void passed() {
        gate.passed(VaadinSession.getCurrent().getSession()::setAttribute);
        UI.getCurrent().getPage().setLocation(StaffHomeView.ROUTE);
    }

    private void wrong(TextField field, String message) {
        field.clear();
        field.setInvalid(true);
        field.setErrorMessage(message);
        errors.show(List.of(new ErrorSummary.Problem(field::focus, message)));
    }

    private static TextField codeField(String id, String label) {
        var field = new TextField(label);
        field.setId(id);
        field.getElement().setAttribute("autocomplete", "one-time-code");
        field.getElement().setAttribute("inputmode", "numeric");
        field.setMaxLength(12);
        field.setWidth("12em");
        return field;
    }

    /** Enter gives the code, as in any sign-in form. */
    private static Button onEnter(Button button) {
        button.addClickShortcut(Key.ENTER);
        return button;
    }

    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
