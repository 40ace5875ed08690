package org.candour.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.candour.identity.ComplaintBodies;
import org.candour.identity.Roles;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.FormFields;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.SuccessBanner;

/**
 * The complaint bodies that oversight accounts belong to. Each sees only its own links to requests, so an
 * oversight account must be put in one (on its account page) before it can follow anything.
 */
@Route(value = "staff/complaint-bodies", layout = MainLayout.class)
@PageTitle("Complaint bodies - Candour")
@RolesAllowed(Roles.ADMIN)
class ComplaintBodiesView extends Div {

    private final ComplaintBodies bodies;
    private final UnorderedList list = new UnorderedList();

    ComplaintBodiesView(ComplaintBodies bodies) {
        this.bodies = bodies;
        addClassName("page");
        var errors = new ErrorSummary();
        var banner = new SuccessBanner();
        var name = FormFields.text("complaint-body-name", "Name of the complaint body", "off");
        name.setHelperText("For example, Independent Office for Police Conduct");
        var add = new Button("Add complaint body", click -> {
            banner.hide();
            try {
                var opened = bodies.open(name.getValue());
                errors.hide();
                name.clear();
                banner.show(opened.name() + " is added. Put its oversight accounts in it on their account pages.");
                refresh();
            } catch (IllegalArgumentException e) {
                errors.showMessage(e.getMessage());
            }
        });
        add.setId("add-complaint-body");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.setId("complaint-bodies");
        refresh();
        add(Page.backLink("staff"), errors, banner, Page.heading("Complaint bodies"),
                Page.body("Oversight accounts belong to a complaint body and see only the requests linked to its "
                        + "complaints. Requesters choose from these names when they share a request."),
                list, FormFields.form(name), add);
    }

    private void refresh() {
        list.removeAll();
        bodies.all().forEach(body -> list.add(new ListItem(body.name())));
    }
}
