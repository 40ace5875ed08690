package org.candour.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.candour.audit.AuditEntry;
import org.candour.audit.AuditFilter;
import org.candour.audit.AuditLog;
import org.candour.identity.Roles;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.FormFields;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/**
 * For administrators: the audit log, newest first and loaded page by page, filtered by subject and actor, and a
 * check of the whole hash chain.
 */
@Route(value = AuditLogView.ROUTE, layout = MainLayout.class)
@PageTitle("Audit log - Candour")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends Div {

    static final String ROUTE = "staff/audit";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", LondonTime.LOCALE)
            .withZone(LondonTime.ZONE);
    private static final int HASH_SHOWN = 10;

    private final AuditLog log;
    private final TextField subject = FormFields.text("filter-subject", "Subject", "off");
    private final TextField actor = FormFields.text("filter-actor", "Actor", "off");
    private final Grid<AuditEntry> grid = new Grid<>();
    private final ChainStatus status = new ChainStatus();
    private final Button verify = new Button("Verify the chain");

    AuditLogView(AuditLog log) {
        this.log = log;
        addClassNames("page", "page-wide");
        verify.setId("verify-chain");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(click -> startCheck(click.getSource().getUI().orElseThrow()));
        add(Page.backLink("staff"), Page.heading("Audit log"),
                Page.body("Every view of a requester's personal data and every decision is written here, with who "
                        + "did it and when. Entries are never changed or removed, and each one holds a hash of the "
                        + "one before it, so any change to the log breaks the chain."),
                Page.subheading("Check the log has not been changed"), verify, status,
                Page.subheading("Entries, newest first"), filters(), grid());
    }

    private Div filters() {
        subject.setHelperText("For example a request reference");
        actor.setHelperText("A staff username, or system");
        for (var field : new TextField[] {subject, actor}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }
        var filters = new Div(subject, actor);
        filters.addClassName("audit-filters");
        return filters;
    }

    private Grid<AuditEntry> grid() {
        grid.setId("audit-entries");
        grid.getElement().setAttribute("aria-label", "Audit log entries");
        grid.addColumn(AuditEntry::sequence).setHeader("No.").setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(entry -> WHEN.format(entry.at())).setHeader("When").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader("Actor").setWidth("7.5rem").setFlexGrow(1);
        grid.addComponentColumn(AuditLogView::action).setHeader("Action").setWidth("8.5rem").setFlexGrow(1);
        grid.addColumn(AuditEntry::subject).setHeader("Subject").setWidth("8.5rem").setFlexGrow(1);
        grid.addColumn(AuditEntry::details).setHeader("Details").setWidth("11rem").setFlexGrow(3);
        grid.addComponentColumn(AuditLogView::hash).setHeader("Hash").setWidth("7.5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> log.list(new AuditFilter(subject.getValue(), actor.getValue()),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        return grid;
    }

    /** "VIEWED_REQUESTER_DETAILS" reads as "Viewed requester details"; the code itself is kept as a tooltip. */
    private static Span action(AuditEntry entry) {
        String words = entry.action().replace('_', ' ').toLowerCase(LondonTime.LOCALE);
        var action = new Span(words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1));
        action.setTitle(entry.action());
        return action;
    }

    private static Span hash(AuditEntry entry) {
        var hash = new Span(entry.hash().substring(0, HASH_SHOWN) + "\u2026");
        hash.addClassName("audit-hash");
        hash.setTitle(entry.hash());
        return hash;
    }

    private void startCheck(UI ui) {
        verify.setEnabled(false);
        status.checking();
        Thread.ofVirtual().name("audit-verification").start(() -> {
            try {
                var verification = log.verify();
                ui.access(() -> status.show(verification));
            } catch (RuntimeException e) {
                ui.access(() -> status.failed("The log could not be read: " + e.getMessage()));
            } finally {
                ui.access(() -> verify.setEnabled(true));
            }
        });
    }
}
