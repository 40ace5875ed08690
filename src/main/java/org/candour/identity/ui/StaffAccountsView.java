package org.candour.identity.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.candour.identity.RoleGrants;
import org.candour.identity.Roles;
import org.candour.identity.StaffAccountSummary;
import org.candour.identity.StaffAccounts;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.SuccessBanner;

/** Administrators' list of staff accounts, loaded page by page, with a way to open a new account. */
@Route(value = StaffAccountsView.ROUTE, layout = MainLayout.class)
@PageTitle("Staff accounts - Candour")
@RolesAllowed(Roles.ADMIN)
class StaffAccountsView extends Div {

    static final String ROUTE = "staff/accounts";

    StaffAccountsView(StaffAccounts accounts, RoleGrants grants, AuthenticationContext authentication) {
        addClassNames("page", "page-wide");
        var errors = new ErrorSummary();
        var banner = new SuccessBanner();
        var create = Page.link(NewStaffAccountView.ROUTE, "Create an account");
        create.setId("create-account");
        create.addClassName("button");
        var grid = new Grid<StaffAccountSummary>();
        grid.setId("accounts");
        grid.getElement().setAttribute("aria-label", "Staff accounts");
        grid.addComponentColumn(account -> Page.link(EditStaffAccountView.path(account.id()), account.username()))
                .setHeader("Username").setSortProperty("username").setAutoWidth(true);
        grid.addColumn(StaffAccountSummary::displayName).setHeader("Name").setSortProperty("displayName")
                .setAutoWidth(true);
        grid.addColumn(AccountStatus::roles).setHeader("Roles").setFlexGrow(1);
        grid.addColumn(AccountStatus::of).setHeader("Status").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> accounts.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        var waiting = new WaitingGrants(grants, authentication.getPrincipalName().orElseThrow(), errors, banner,
                grid.getDataProvider()::refreshAll);
        add(Page.backLink("staff"), errors, banner, Page.heading("Staff accounts"),
                Page.body("Open an account for each member of staff, with only the roles they need. Select a "
                        + "username to change the name or roles, disable the account, reset the password or "
                        + "unlock it after repeated failed sign-ins. A role that can see personal data needs a second "
                        + "administrator's approval."),
                create, waiting, Page.subheading("All accounts"), grid);
    }
}
