package org.candour.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.candour.identity.Roles;
import org.candour.requests.LinkApprovals;
import org.candour.requests.LinkAwaitingApproval;
import org.candour.requests.WorkflowException;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.SuccessBanner;

/**
 * Supervisors approve links that complaint bodies proposed without the requester's consent, each with a reason
 * that is recorded. An approved link shows the body the request's progress, never who the requester is.
 */
@Route(value = "staff/complaint-links", layout = MainLayout.class)
@PageTitle("Links to complaints waiting for approval - Candour")
@RolesAllowed(Roles.SUPERVISOR)
class LinkApprovalsView extends Div {

    private final LinkApprovals approvals;
    private final ErrorSummary errors = new ErrorSummary();
    private final SuccessBanner banner = new SuccessBanner();
    private final Grid<LinkAwaitingApproval> grid = new Grid<>();

    LinkApprovalsView(LinkApprovals approvals) {
        this.approvals = approvals;
        addClassNames("page", "page-wide", "grid-page");
        grid.setId("links-awaiting-approval");
        grid.getElement().setAttribute("aria-label", "Links to complaints waiting for approval");
        grid.addColumn(LinkAwaitingApproval::reference).setHeader("Request").setAutoWidth(true);
        grid.addColumn(LinkAwaitingApproval::stateLabel).setHeader("State");
        grid.addColumn(l -> l.complaintBody() + ", complaint " + l.complaintReference()).setHeader("Complaint");
        grid.addColumn(l -> LondonTime.inWords(l.proposedAt().atZone(LondonTime.ZONE).toLocalDate()))
                .setHeader("Proposed");
        grid.addComponentColumn(this::approval).setHeader("Approve with a reason").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("24rem");
        refresh();
        add(Page.backLink("staff"), errors, banner, Page.heading("Links to complaints waiting for approval"),
                Page.body("A complaint body asked to follow these requests, and the requester has not agreed to "
                        + "share them. Approve a link only for a reason you can record, for example that the "
                        + "complaint cannot be investigated without it. The body will see the request's progress "
                        + "and time limits, not who the requester is."), grid);
    }

    private Div approval(LinkAwaitingApproval link) {
        String id = link.reference() + "-" + link.complaintReference().replaceAll("[^A-Za-z0-9-]", "");
        var reason = new TextField("Reason");
        reason.setId("approval-reason-" + id);
        var approve = new Button("Approve link", click -> {
            banner.hide();
            try {
                approvals.approve(link.reference(), link.complaintBodyId(), link.complaintReference(),
                        reason.getValue());
                errors.hide();
                banner.show("The link of " + link.reference() + " to " + link.complaintBody() + " is approved.");
                refresh();
            } catch (WorkflowException e) {
                errors.showMessage(e.getMessage());
            }
        });
        approve.setId("approve-" + id);
        approve.addClassName("secondary-button");
        return new Div(reason, approve);
    }

    private void refresh() {
        grid.setItems(query -> approvals.awaiting(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }
}
