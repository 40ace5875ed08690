package org.candour.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/** Staff sign-in (form login). Members of the public never need an account. */
@Route(value = "login", layout = MainLayout.class)
@PageTitle("Staff sign in - Candour")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        // The page has its own h1; the form's title is a section of it.
        form.getElement().setProperty("headingLevel", 2);
        add(Page.heading("Staff sign in"),
                Page.body("For disclosure officers, supervisors, complaint bodies and administrators. If you want "
                        + "footage of yourself, you do not need to sign in: use \"Request footage\"."),
                form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(StaffHomeView.class);
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        var throttled = parameters.getSingleParameter("throttled").flatMap(LoginView::seconds);
        var i18n = i18n();
        if (throttled.isPresent()) {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("Too many wrong passwords came from your network. Wait "
                    + waitInWords(throttled.get()) + ", then try again.");
        } else {
            i18n.getErrorMessage().setTitle("Incorrect username or password");
            i18n.getErrorMessage().setMessage("Check both and try again. After repeated failures you will have "
                    + "to wait before you can try again.");
        }
        form.setI18n(i18n);
        form.setError(throttled.isPresent() || parameters.getParameters().containsKey("error"));
    }

    private static LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Username");
        i18n.getForm().setSubmit("Sign in");
        return i18n;
    }

    private static Optional<Long> seconds(String text) {
        return text.matches("\\d{1,6}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    static String waitInWords(long seconds) {
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
