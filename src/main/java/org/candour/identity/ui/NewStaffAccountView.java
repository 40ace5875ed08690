package org.candour.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.candour.identity.InvalidAccountException;
import org.candour.identity.NewStaffAccount;
import org.candour.identity.Role;
import org.candour.identity.Roles;
import org.candour.identity.StaffAccounts;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.FormFields;
import org.candour.shared.ui.FormValidation;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/** Opens a staff account with its roles and an initial password that follows the password rules. */
@Route(value = NewStaffAccountView.ROUTE, layout = MainLayout.class)
@PageTitle("Create a staff account - Candour")
@RolesAllowed(Roles.ADMIN)
class NewStaffAccountView extends Div {

    static final String ROUTE = "staff/accounts/new";

    private final StaffAccounts accounts;
    private final ErrorSummary errors = new ErrorSummary();
    private final TextField username = AccountFields.username();
    private final TextField displayName = AccountFields.displayName();
    private final CheckboxGroup<Role> roles = AccountFields.roles();
    private final PasswordField password = AccountFields.password("initial-password", "Initial password");

    private final String administrator;

    NewStaffAccountView(StaffAccounts accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.administrator = authentication.getPrincipalName().orElseThrow();
        addClassName("page");
        var create = new Button("Create account", click -> create());
        create.setId("create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("continue");
        roles.setHelperText(roles.getHelperText() + " " + EditStaffAccountView.APPROVAL);
        add(Page.backLink(StaffAccountsView.ROUTE), errors, Page.heading("Create a staff account"),
                FormFields.form(username, displayName, roles, password), create);
    }

    private void create() {
        try {
            var opened = accounts.openForApproval(new NewStaffAccount(username.getValue(), displayName.getValue(),
                    roles.getValue(), password.getValue()), administrator);
            getUI().ifPresent(ui -> ui.navigate(EditStaffAccountView.path(opened.id()),
                    QueryParameters.of(EditStaffAccountView.CREATED, "yes")));
        } catch (InvalidAccountException e) {
            show(e.problems());
        }
    }

    private void show(Map<String, String> problems) {
        new FormValidation(errors)
                .check(username, problems, InvalidAccountException.USERNAME)
                .check(displayName, problems, InvalidAccountException.DISPLAY_NAME)
                .check(roles, problems, InvalidAccountException.ROLES)
                .check(password, problems, InvalidAccountException.PASSWORD)
                .passed();
    }
}
