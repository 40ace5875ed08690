package org.candour.oversight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.candour.identity.Roles;
import org.candour.requests.ClockStatus;
import org.candour.requests.ComplaintCases;
import org.candour.requests.LinkedRequest;
import org.candour.requests.WorkflowException;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.ChartFigure;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.FormFields;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.SuccessBanner;

/**
 * For complaint bodies: propose links from requests to the body's own complaints, follow the requests whose link
 * is active (the requester consented, or a supervisor approved it), ask for their footage to be preserved, close a
 * link, export the list. The requester's identity only where they agreed to share it, and each view is audited.
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
        var export = new Anchor(ChartFigure.download(() -> complaints.exportCsv().getBytes(StandardCharsets.UTF_8),
                "linked-requests.csv", "text/csv"), "Download your linked requests (CSV)");
        export.setId("export-linked");
        export.setDownload(true);
        add(Page.backLink("staff"), errors, banner, Page.heading("Requests linked to complaints"),
                Page.body("Link a footage request to one of your complaints. You can follow it once the requester "
                        + "has agreed to share it with you, or a supervisor has approved the link. You see who "
                        + "made a request only if they agreed to that too; each time you look, it is recorded in "
                        + "the audit log."),
                linkForm(), Page.subheading("Your linked requests"), export, grid(), requester);
    }

    private Div linkForm() {
        var reference = FormFields.text("link-reference", "Request reference", "off");
        reference.setHelperText("For example, BWV-2026-000123");
        var complaint = FormFields.text("complaint-reference", "Your complaint reference", "off");
        var link = new Button("Link to complaint", click -> act(() -> complaints.link(reference.getValue(),
                complaint.getValue())));
        link.setId("link-complaint");
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(Page.subheading("Link a request"), FormFields.form(reference, complaint), link);
    }

    private Grid<LinkedRequest> grid() {
        grid.setId("linked-requests");
        grid.getElement().setAttribute("aria-label", "Your linked requests");
        // References and dates never break inside: these columns are as wide as their longest value.
        grid.addColumn(LinkedRequest::reference).setHeader("Request").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> String.join(", ", r.complaints())).setHeader("Complaints").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.stateLabel() + (r.outcome() == null || r.outcome().equals(r.stateLabel()) ? ""
                : " (" + r.outcome() + ")")).setHeader("State");
        grid.addColumn(r -> r.dueOn() == null ? "Clock not started"
                : (r.clockStatus() == ClockStatus.PAUSED ? "Paused; " : "") + LondonTime.inWords(r.dueOn())
                + (r.overdue() ? " (overdue)" : "")).setHeader("Reply due").setAutoWidth(true);
        grid.addColumn(r -> LondonTime.inWords(r.footageDeletionDate()) + (r.preserved() ? " (preserved)"
                : r.footageAtRisk() ? " (at risk)" : "")).setHeader("Footage deleted").setAutoWidth(true);
        // The actions keep their width; the other columns share the rest and wrap, so nothing scrolls sideways.
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("24rem");
        refresh();
        return grid;
    }

    private Div actions(LinkedRequest request) {
        var preserve = button("Ask for preservation", "preserve-" + request.reference(), () -> act(() -> {
            int held = complaints.askForPreservation(request.reference());
            return held + " recordings of the incident are held for " + request.reference()
                    + ". A caseworker will check them.";
        }));
        var close = button("Close link", "close-" + request.reference(), () -> act(() -> {
            complaints.closeLink(request.reference());
            return "Your link to " + request.reference() + " is closed.";
        }));
        var actions = new Div(preserve, close);
        actions.addClassName("link-actions");
        if (request.identityShared()) {
            actions.add(button("Show requester", "requester-" + request.reference(), () -> showRequester(request)));
        }
        return actions;
    }

    private void showRequester(LinkedRequest request) {
        requester.removeAll();
        try {
            var details = complaints.requesterContact(request.reference());
            requester.add(Page.subheading("Requester of " + request.reference()),
                    Page.body(details.fullName() + ", " + details.email()));
        } catch (WorkflowException e) {
            errors.showMessage(e.getMessage());
        }
    }

    private static Button button(String text, String id, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.addClassName("secondary-button");
        button.setId(id);
        return button;
    }

    private void act(Supplier<String> action) {
        banner.hide();
        try {
            String success = action.get();
            errors.hide();
            banner.show(success);
            refresh();
        } catch (WorkflowException e) {
            errors.showMessage(e.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(query -> complaints.linked(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }
}
