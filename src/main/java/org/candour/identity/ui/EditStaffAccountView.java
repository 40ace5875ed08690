package org.candour.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.candour.identity.AccountChangedException;
import org.candour.identity.ComplaintBodies;
import org.candour.identity.ComplaintBodySummary;
import org.candour.identity.InvalidAccountException;
import org.candour.identity.Role;
import org.candour.identity.Roles;
import org.candour.identity.StaffAccountSummary;
import org.candour.identity.StaffAccounts;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.FormFields;
import org.candour.shared.ui.FormValidation;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.NativeSelect;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.SuccessBanner;
import org.jspecify.annotations.Nullable;

/**
 * One staff account: change the name and roles, the work email address for the daily digest, disable or enable it, unlock it, reset its password. Every change
 * is made on the version shown; if someone else changed the account meanwhile, nothing is saved and the page says
 * so.
 */
@Route(value = "staff/accounts/:id([0-9a-f-]{36})", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class EditStaffAccountView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CREATED = "created";
    static final String APPROVAL = "Caseworker, Supervisor, Oversight and Administrator can see personal data: "
            + "another administrator must approve them under \"Waiting for approval\" on the staff accounts page.";

    private final StaffAccounts accounts;
    private final String actor;
    private final ErrorSummary errors = new ErrorSummary();
    private final SuccessBanner banner = new SuccessBanner();
    private final H1 heading = Page.heading("");
    private final Span caption = new Span();
    private final TextField displayName = AccountFields.displayName();
    private final CheckboxGroup<Role> roles = AccountFields.roles();
    private final Paragraph status = new Paragraph();
    private final Paragraph waiting = new Paragraph();
    private final Button toggleEnabled = new Button("", click -> toggleEnabled());
    private final Button unlock = new Button("Unlock account", click -> unlock());
    private final Button resetSecondFactor = new Button("Reset two-factor sign-in", click -> resetSecondFactor());
    private final PasswordField newPassword = AccountFields.password("new-password", "New password");
    private final EmailField email = new EmailField("Work email address (optional)");
    private final ComplaintBodies bodies;
    private final Div complaintBody = new Div();
    private @Nullable StaffAccountSummary account;

    EditStaffAccountView(StaffAccounts accounts, ComplaintBodies bodies, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.bodies = bodies;
        this.actor = authentication.getPrincipalName().orElseThrow();
        addClassName("page");
        caption.addClassName("caption");
        status.setId("account-status");
        waiting.setId("waiting-roles");
        waiting.addClassName("inset-text");
        roles.setHelperText(roles.getHelperText() + " " + APPROVAL);
        toggleEnabled.setId("toggle-enabled");
        toggleEnabled.addClassName("secondary-button");
        unlock.setId("unlock");
        resetSecondFactor.setId("reset-two-factor");
        resetSecondFactor.addClassName("secondary-button");
        unlock.addClassName("secondary-button");
        var save = new Button("Save changes", click -> saveDetails());
        save.setId("save-details");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("continue");
        email.setId("email");
        email.setManualValidation(true);
        email.setMaxWidth("30em");
        email.setWidthFull();
        email.setHelperText("For the daily email of requests due, overdue or at risk, and sign-offs waiting. "
                + "Leave it empty for no email.");
        var saveEmail = new Button("Save email address", click -> saveEmail());
        saveEmail.setId("save-email");
        saveEmail.addClassName("secondary-button");
        var reset = new Button("Reset password", click -> resetPassword());
        reset.setId("reset-password");
        reset.addClassName("secondary-button");
        add(Page.backLink(StaffAccountsView.ROUTE), errors, banner, caption, heading,
                Page.subheading("Name and roles"), FormFields.form(displayName, roles), waiting, save,
                complaintBody, Page.subheading("Daily email"), FormFields.form(email), saveEmail,
                Page.subheading("Access"), status, buttons(toggleEnabled, unlock),
                Page.subheading("Reset password"),
                Page.body("Resetting the password also unlocks the account."),
                FormFields.form(newPassword), reset,
                Page.subheading("Two-factor sign-in"),
                Page.body("If the holder lost the phone with their authenticator app and has no recovery codes left, "
                        + "reset it: they set up a new app at their next sign-in, and their open sessions end."),
                resetSecondFactor);
    }

    private static Div buttons(Button... buttons) {
        var group = new Div(buttons);
        group.addClassName("button-group");
        return group;
    }

    static String path(UUID id) {
        return StaffAccountsView.ROUTE + "/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        account = event.getRouteParameters().get("id").flatMap(EditStaffAccountView::uuid).flatMap(accounts::find)
                .orElseThrow(NotFoundException::new);
        showAccount();
        if (event.getLocation().getQueryParameters().getParameters().containsKey(CREATED)) {
            banner.show("The account " + account().username() + " is open. Give the initial password to "
                    + account().displayName() + " in person." + waitingSentence(account()));
        }
    }

    @Override
    public String getPageTitle() {
        return (account == null ? "Staff account" : account.displayName() + ": staff account") + " - Candour";
    }

    private void saveDetails() {
        if (apply(() -> accounts.changeDetails(account().id(), account().version(), displayName.getValue(),
                roles.getValue(), actor), "The name and roles are saved.")) {
            banner.show("The name and roles are saved." + waitingSentence(account()));
        }
    }

    private void saveEmail() {
        apply(() -> accounts.changeEmail(account().id(), account().version(), email.getValue()),
                email.getValue().isBlank() ? "The email address is removed: no daily email."
                        : "The email address is saved.");
    }

    private void toggleEnabled() {
        if (account().enabled()) {
            apply(() -> accounts.disable(account().id(), account().version(), actor),
                    "The account is disabled: it cannot be used to sign in.");
        } else {
            apply(() -> accounts.enable(account().id(), account().version()), "The account is enabled again.");
        }
    }

    private void resetSecondFactor() {
        apply(() -> accounts.resetSecondFactor(account().id(), account().version()),
                "Two-factor sign-in is reset: the holder sets up a new app at their next sign-in.");
    }

    private void unlock() {
        apply(() -> accounts.unlock(account().id(), account().version()), "The account is unlocked.");
    }

    private void resetPassword() {
        if (apply(() -> accounts.resetPassword(account().id(), account().version(), newPassword.getValue()),
                "The password is reset. Give it to " + account().displayName() + " in person.")) {
            newPassword.clear();
        }
    }

    /** Makes one change; shows what went wrong, or the saved account and a success message. */
    private boolean apply(Supplier<StaffAccountSummary> change, String success) {
        banner.hide();
        try {
            account = change.get();
        } catch (AccountChangedException e) {
            errors.showMessage(AccountChangedException.MESSAGE);
            return false;
        } catch (InvalidAccountException e) {
            var validation = new FormValidation(errors)
                    .check(displayName, e.problems(), InvalidAccountException.DISPLAY_NAME)
                    .check(roles, e.problems(), InvalidAccountException.ROLES)
                    .check(newPassword, e.problems(), InvalidAccountException.PASSWORD)
                    .check(email, e.problems(), InvalidAccountException.EMAIL);
            Optional.ofNullable(e.problems().get(InvalidAccountException.ENABLED))
                    .ifPresent(problem -> validation.add(toggleEnabled, problem));
            validation.passed();
            return false;
        }
        errors.hide();
        showAccount();
        banner.show(success);
        return true;
    }

    private void showAccount() {
        var shown = account();
        heading.setText(shown.displayName());
        caption.setText("Staff account " + shown.username());
        displayName.setValue(shown.displayName());
        displayName.setInvalid(false);
        roles.setValue(shown.roles());
        roles.setInvalid(false);
        waiting.setText(AccountStatus.waiting(shown).isEmpty() ? "" : "Roles " + AccountStatus.waiting(shown)
                + ". The account does not have them until another administrator approves them.");
        waiting.setVisible(!shown.waitingForApproval().isEmpty());
        email.setValue(shown.email() == null ? "" : shown.email());
        email.setInvalid(false);
        status.setText("Status: " + AccountStatus.of(shown));
        toggleEnabled.setText(shown.enabled() ? "Disable account" : "Enable account");
        unlock.setVisible(shown.lockedUntil() != null);
        showComplaintBody(shown);
    }

    /** Oversight accounts see only their complaint body's links: an administrator puts them in one. */
    private void showComplaintBody(StaffAccountSummary shown) {
        complaintBody.removeAll();
        if (!shown.has(Role.OVERSIGHT)) {
            return;
        }
        var none = new ComplaintBodySummary(new UUID(0, 0), "None: sees no requests");
        var choices = new ArrayList<>(List.of(none));
        choices.addAll(bodies.all());
        var current = choices.stream().filter(b -> b.id().equals(shown.complaintBodyId())).findFirst().orElse(none);
        var select = new NativeSelect<>("complaint-body", "Complaint body", choices, ComplaintBodySummary::name,
                current);
        var save = new Button("Save complaint body", click -> apply(() -> accounts.joinComplaintBody(
                account().id(), account().version(), select.getValue() == none ? null : select.getValue().id()),
                "The complaint body is saved."));
        save.setId("save-complaint-body");
        save.addClassName("secondary-button");
        complaintBody.add(Page.subheading("Complaint body"), FormFields.form(select), save);
    }

    private static String waitingSentence(StaffAccountSummary shown) {
        return shown.waitingForApproval().isEmpty() ? "" : " " + shown.waitingForApproval().stream().sorted()
                .map(Role::label).collect(Collectors.joining(", ")) + " waits for another "
                + "administrator's approval.";
    }

    private StaffAccountSummary account() {
        if (account == null) {
            throw new IllegalStateException("No account shown yet");
        }
        return account;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
