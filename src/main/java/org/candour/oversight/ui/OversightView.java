package org.candour.oversight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.candour.identity.Roles;
import org.candour.requests.ClockStatus;
import org.candour.requests.ComplaintCases;
import org.candour.requests.LinkedRequest;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.FormFields;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.SuccessBanner;

/**
 * For complaint bodies: link a request to a complaint, follow every linked request with its clocks and deletion
 * date, ask for footage to be preserved. Read-only otherwise; the requester's identity only for your own
 * complaints, and each view of it is audited.
 */
@Route(value = "staff/oversight", layout = MainLayout.class)
@PageTitle("Oversight of complaint-linked requests - Candour")
@RolesAllowed(Roles.OVERSIGHT)
class OversightView extends Div {

    private final ComplaintCases complaints;
    private final ErrorSummary errors = new ErrorSummary();
    private final SuccessBanner banner = new SuccessBanner();
    private final Grid<LinkedRequest> grid = new Grid<>();
    private final Div requester = new Div();

    OversightView(ComplaintCases complaints) {
        this.complaints = complaints;
        addClassNames("page", "page-wide", "grid-page");
        requester.setId("oversight-requester");
        add(Page.backLink("staff"), errors, banner, Page.heading("Requests linked to complaints"),
                Page.body("Link a footage request to your complaint to follow its clocks and ask for the footage to "
                        + "be preserved. You see who made a request only if it is linked to your own complaint; "
                        + "each time you look, it is recorded in the audit log."),
                linkForm(), grid(), requester);
    }

    private Div linkForm() {
        var reference = FormFields.text("link-reference", "Request reference", "off");
        reference.setHelperText("For example, BWV-2026-000123");
        var complaint = FormFields.text("complaint-reference", "Your complaint reference", "off");
        var link = new Button("Link to complaint", click -> act(() -> {
            complaints.link(reference.getValue(), complaint.getValue());
            return "Request " + reference.getValue().strip() + " is linked to complaint " + complaint.getValue().strip()
                    + ".";
        }));
        link.setId("link-complaint");
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(Page.subheading("Link a request"), FormFields.form(reference, complaint), link);
    }

    private Grid<LinkedRequest> grid() {
        grid.setId("linked-requests");
        grid.getElement().setAttribute("aria-label", "Requests linked to complaints");
        grid.addColumn(LinkedRequest::reference).setHeader("Request").setAutoWidth(true);
        grid.addColumn(r -> String.join(", ", r.complaints())).setHeader("Complaints");
        grid.addColumn(LinkedRequest::stateLabel).setHeader("State");
        grid.addColumn(r -> r.dueOn() == null ? "Clock not started"
                : (r.clockStatus() == ClockStatus.PAUSED ? "Paused; " : "") + LondonTime.inWords(r.dueOn())
                + (r.overdue() ? " (overdue)" : "")).setHeader("Reply due");
        grid.addColumn(r -> LondonTime.inWords(r.footageDeletionDate()) + (r.preserved() ? " (preserved)"
                : r.footageAtRisk() ? " (at risk)" : "")).setHeader("Footage deleted");
        // The actions keep their width; the other columns share the rest and wrap, so nothing scrolls sideways.
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("24rem");
        refresh();
        return grid;
    }

    private Div actions(LinkedRequest request) {
        var preserve = new Button("Ask for preservation", click -> act(() -> {
            complaints.askForPreservation(request.reference());
            return "The caseworkers have been asked to preserve the footage of " + request.reference() + ".";
        }));
        preserve.addClassName("secondary-button");
        preserve.setId("preserve-" + request.reference());
        var actions = new Div(preserve);
        if (request.yours()) {
            var show = new Button("Show requester", click -> {
                requester.removeAll();
                try {
                    var details = complaints.requesterDetails(request.reference());
                    requester.add(Page.subheading("Requester of " + request.reference()),
                            Page.body(details.fullName() + ", " + details.email()));
                } catch (RuntimeException e) {
                    errors.showMessage(e.getMessage());
                }
            });
            show.addClassName("secondary-button");
            show.setId("requester-" + request.reference());
            actions.add(show);
        }
        return actions;
    }

    private void act(Supplier<String> action) {
        banner.hide();
        try {
            String success = action.get();
            errors.hide();
            banner.show(success);
            refresh();
        } catch (org.candour.requests.WorkflowException e) {
            errors.showMessage(e.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(query -> complaints.linked(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }
}
