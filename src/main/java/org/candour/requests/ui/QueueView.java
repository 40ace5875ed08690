package org.candour.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.stream.Stream;
import org.candour.identity.Roles;
import org.candour.requests.CaseQueue;
import org.candour.requests.QueueFilter;
import org.candour.requests.QueueItem;
import org.candour.requests.RequestChangedException;
import org.candour.requests.RequestState;
import org.candour.requests.WorkflowException;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.SuccessBanner;
import org.jspecify.annotations.Nullable;

/**
 * The casework queue: open requests, most urgent first (footage at risk of deletion, then overdue, then by due
 * date), read page by page from the database so it works while search is down. Supervisors assign in bulk.
 */
@Route(value = QueueView.ROUTE, layout = MainLayout.class)
@PageTitle("Casework queue - Candour")
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
class QueueView extends Div {

    static final String ROUTE = "staff/queue";
    private static final String UNASSIGNED = "Nobody (unassigned)";

    private final CaseQueue queue;
    private final Grid<QueueItem> grid = new Grid<>();
    private final ComboBox<Borough> borough = new ComboBox<>("Borough");
    private final Select<RequestState> state = new Select<>();
    private final DatePicker dueBy = QueueFields.date("due-by", "Reply due by");
    private final DatePicker deletedBy = QueueFields.date("deleted-by", "Footage deleted by");
    private final ComboBox<String> assignedTo = new ComboBox<>("Assigned to");
    private final Checkbox overdue = new Checkbox("Overdue only");
    private final Checkbox atRisk = new Checkbox("Footage at risk only");
    private final Checkbox awaitingMySignOff = new Checkbox("Awaiting my sign-off");
    private final Paragraph count = new Paragraph();
    private final ErrorSummary errors = new ErrorSummary();
    private final SuccessBanner banner = new SuccessBanner();

    QueueView(CaseQueue queue, AuthenticationContext authentication) {
        this.queue = queue;
        addClassNames("page", "page-wide", "grid-page");
        count.setId("queue-count");
        boolean supervisor = authentication.hasRole(Roles.SUPERVISOR);
        add(Page.backLink("staff"), errors, banner, Page.heading("Casework queue"),
                Page.body("Open requests, most urgent first: footage that will be deleted soon and is not yet "
                        + "preserved, then overdue replies, then by due date. Select a column heading to sort."),
                filters(supervisor), count, grid());
        if (supervisor) {
            add(bulkAssignment());
        }
        refresh();
    }

    private Div filters(boolean supervisor) {
        borough.setId("filter-borough");
        borough.setItems(Boroughs.policedByTheMet());
        borough.setItemLabelGenerator(Borough::name);
        borough.setClearButtonVisible(true);
        state.setId("filter-state");
        state.setLabel("State");
        state.setItems(Arrays.stream(RequestState.values()).toList());
        state.setItemLabelGenerator(s -> s == null ? "All open requests" : s.staffName());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("All open requests");
        assignedTo.setId("filter-assigned");
        assignedTo.setItems(Stream.concat(Stream.of(UNASSIGNED), queue.assignees().stream()).toList());
        assignedTo.setClearButtonVisible(true);
        overdue.setId("filter-overdue");
        atRisk.setId("filter-at-risk");
        awaitingMySignOff.setId("filter-awaiting-sign-off");
        awaitingMySignOff.setVisible(supervisor);
        var filters = new Div(borough, state, dueBy, deletedBy, assignedTo, overdue, atRisk, awaitingMySignOff);
        filters.addClassName("queue-filters");
        filters.getChildren().forEach(field -> ((com.vaadin.flow.component.HasValue<?, ?>) field)
                .addValueChangeListener(change -> refresh()));
        return filters;
    }

    private Grid<QueueItem> grid() {
        grid.setId("queue");
        grid.getElement().setAttribute("aria-label", "Casework queue");
        grid.addComponentColumn(item -> Page.link(CaseView.path(item.reference()), item.reference()))
                .setHeader("Reference").setSortProperty("reference").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(QueueItem::boroughName).setHeader("Borough").setSortProperty("borough").setWidth("9rem");
        grid.addColumn(item -> item.state().staffName()).setHeader("State").setSortProperty("state")
                .setWidth("10rem");
        grid.addColumn(item -> item.state() == RequestState.AWAITING_CLARIFICATION ? "Clock paused"
                        : date(item.dueOn(), "Clock not started")).setHeader("Reply due")
                .setSortProperty("dueOn").setWidth("10rem");
        grid.addColumn(item -> date(item.footageDeletionDate(), "")).setHeader("Footage deleted")
                .setSortProperty("footageDeletionDate").setWidth("10rem");
        grid.addColumn(item -> item.assignedTo() == null ? "Nobody" : item.assignedTo()).setHeader("Assigned to")
                .setSortProperty("assignedTo").setWidth("8rem");
        grid.addComponentColumn(QueueView::flags).setHeader("Warnings").setWidth("12rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setHeight("32rem");
        grid.setPageSize(50);
        return grid;
    }

    private Div bulkAssignment() {
        var assignee = new ComboBox<String>("Assign the selected requests to");
        assignee.setId("bulk-assignee");
        assignee.setItems(queue.assignees());
        var assign = new Button("Assign selected", click -> assignSelected(assignee.getValue()));
        assign.setId("bulk-assign");
        assign.addClassName("secondary-button");
        var panel = new Div(Page.subheading("Assign requests"), assignee, assign);
        panel.addClassName("bulk-assignment");
        return panel;
    }

    private void assignSelected(@Nullable String assignee) {
        banner.hide();
        var selected = grid.getSelectedItems();
        if (selected.isEmpty() || assignee == null) {
            errors.showMessage("Select the requests to assign and the person to assign them to.");
            return;
        }
        var versions = new LinkedHashMap<String, Long>();
        selected.forEach(item -> versions.put(item.reference(), item.version()));
        try {
            queue.assignAll(versions, assignee);
        } catch (RequestChangedException | WorkflowException e) {
            errors.showMessage(e.getMessage());
            refresh();
            return;
        }
        errors.hide();
        banner.show(versions.size() + (versions.size() == 1 ? " request is" : " requests are") + " now assigned to "
                + assignee + ".");
        refresh();
    }

    private void refresh() {
        grid.deselectAll();
        var filter = filter();
        long total = queue.count(filter);
        count.setText(total + (total == 1 ? " request" : " requests"));
        grid.setItems(query -> queue.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    private QueueFilter filter() {
        String assignee = assignedTo.getValue();
        return new QueueFilter(borough.getValue() == null ? null : borough.getValue().gssCode(),
                state.getValue(), dueBy.getValue(), deletedBy.getValue(),
                UNASSIGNED.equals(assignee) ? QueueFilter.UNASSIGNED : assignee, overdue.getValue(),
                atRisk.getValue(), awaitingMySignOff.getValue());
    }

    private static Div flags(QueueItem item) {
        var flags = new Div();
        if (item.atRisk()) {
            flags.add(Page.tag("Footage at risk", "tag-at-risk"));
        }
        if (item.overdue()) {
            flags.add(Page.tag("Overdue", "tag-overdue"));
        }
        if (item.preserved()) {
            flags.add(Page.tag("Preserved"));
        }
        if (item.linkedToComplaint()) {
            flags.add(Page.tag("Complaint", "tag-extended"));
        }
        if (item.preservationToConfirm()) {
            flags.add(Page.tag("Holds to confirm", "tag-overdue"));
        }
        if (item.answerToCheck()) {
            flags.add(Page.tag("Reply to check", "tag-extended"));
        }
        return flags;
    }

    private static String date(@Nullable LocalDate date, String otherwise) {
        return date == null ? otherwise : LondonTime.inWords(date);
    }
}
