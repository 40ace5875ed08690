package org.candour.identity.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.candour.identity.Roles;
import org.candour.identity.StaffAccountSummary;
import org.candour.identity.StaffAccounts;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/** Administrators' list of staff accounts, loaded page by page, with a way to open a new account. */
@Route(value = StaffAccountsView.ROUTE, layout = MainLayout.class)
@PageTitle("Staff accounts - Candour")
@RolesAllowed(Roles.ADMIN)
class StaffAccountsView extends Div {

    static final String ROUTE = "staff/accounts";

    StaffAccountsView(StaffAccounts accounts) {
        addClassNames("page", "page-wide");
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
        add(Page.backLink("staff"), Page.heading("Staff accounts"),
                Page.body("Open an account for each member of staff, with only the roles they need. Select a "
                        + "username to change the name or roles, disable the account, reset the password or "
                        + "unlock it after repeated failed sign-ins."),
                create, grid);
    }
}
