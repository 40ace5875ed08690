package org.candour.requests.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.function.Function;
import org.candour.identity.Roles;
import org.candour.requests.CaseDetails;
import org.candour.requests.CaseQueue;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestChangedException;
import org.candour.requests.domain.CaseAction;
import org.candour.requests.WorkflowException;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.SuccessBanner;
import org.jspecify.annotations.Nullable;

/**
 * One request for staff: its clocks and incident, footage first while it is at risk, the next workflow steps,
 * the requester's identity on demand (audited), messages and internal notes. Every change is made on the version
 * shown; if someone else changed the request meanwhile, nothing is saved and the page says so. Administrators
 * can read it but not change it.
 */
@Route(value = "staff/requests/:reference", layout = MainLayout.class)
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseworkService casework;
    private final CaseQueue queue;
    private final Clock clock;
    private final boolean caseworker;
    private final boolean supervisor;
    private final String username;
    private final ErrorSummary errors = new ErrorSummary();
    private final SuccessBanner banner = new SuccessBanner();
    private final Div content = new Div();
    private @Nullable CaseDetails details;

    CaseView(CaseworkService casework, CaseQueue queue, Clock clock, AuthenticationContext authentication) {
        this.casework = casework;
        this.queue = queue;
        this.clock = clock;
        this.supervisor = authentication.hasRole(Roles.SUPERVISOR);
        this.caseworker = supervisor || authentication.hasRole(Roles.CASEWORKER);
        this.username = authentication.getPrincipalName().orElseThrow();
        addClassName("page");
        add(Page.backLink(QueueView.ROUTE), errors, banner, content);
    }

    static String path(String reference) {
        return "staff/requests/" + reference;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        details = event.getRouteParameters().get("reference").flatMap(casework::find)
                .orElseThrow(NotFoundException::new);
        show();
    }

    @Override
    public String getPageTitle() {
        return (details == null ? "Request" : "Request " + details.reference()) + " - Candour";
    }

    private boolean apply(Function<CaseDetails, CaseDetails> change, String success) {
        banner.hide();
        try {
            details = change.apply(details());
        } catch (RequestChangedException | WorkflowException e) {
            errors.showMessage(e.getMessage());
            return false;
        }
        errors.hide();
        show();
        banner.show(success);
        return true;
    }

    private void show() {
        var shown = details();
        content.removeAll();
        var caption = new Span("Footage request");
        caption.addClassName("caption");
        var state = Page.tag(shown.state().staffName());
        state.setId("case-state");
        var tags = new Div(state);
        if (shown.overdue()) {
            tags.add(Page.tag("Overdue", "tag-overdue"));
        }
        if (shown.footageAtRisk()) {
            tags.add(Page.tag("Footage at risk", "tag-at-risk"));
        }
        if (shown.extension() != null) {
            tags.add(Page.tag("Extended", "tag-extended"));
        }
        content.add(caption, Page.heading(shown.reference()), tags, CaseSummary.clocks(shown));
        var footage = new FootagePanel(shown, caseworker, casework, this::apply);
        if (shown.footageAtRisk()) {
            content.add(footage); // preservation is the first thing to do while footage may still be deleted
        }
        if (caseworker) {
            content.add(new WorkflowPanel(shown, supervisor, username, casework, this::apply, clock));
        }
        if (!shown.footageAtRisk()) {
            content.add(footage);
        }
        content.add(Page.subheading("What happened"), CaseSummary.incident(shown));
        if (caseworker) {
            content.add(requester(shown), assignment(shown));
        }
        if (caseworker) {
            content.add(new RepliesPanel(shown));
        }
        content.add(new CaseTimelinePanel(shown, caseworker, casework, this::apply));
    }

    private Div requester(CaseDetails shown) {
        if (shown.personalDataErasedOn() == null) {
            return new RequesterPanel(() -> casework.requesterDetails(shown.reference()),
                    document -> casework.viewDocument(shown.reference(), document));
        }
        var erased = new Div(Page.subheading("Requester"), Page.body("The requester's personal data and the "
                + "incident account were erased on " + LondonTime.inWords(shown.personalDataErasedOn())
                + ", at the end of their retention period (DPA 2018 s.39)."));
        erased.setId("requester-erased");
        return erased;
    }

    private Div assignment(CaseDetails shown) {
        var panel = new Div(Page.subheading("Assignment"));
        panel.setId("assignment");
        if (!shown.allows(CaseAction.ASSIGN)) {
            panel.add(Page.body("Finished requests are not assigned."));
            return panel;
        }
        if (supervisor) {
            var assignee = new ComboBox<String>("Assign to");
            assignee.setId("assignee");
            assignee.setItems(queue.assignees());
            assignee.setValue(shown.assignedTo());
            panel.add(assignee, WorkflowPanel.secondary("assign", "Assign", () -> apply(d -> {
                queue.assign(d.reference(), d.version(), assignee.getValue());
                return casework.find(d.reference()).orElseThrow();
            }, "The request is assigned.")));
        } else if (!username.equals(shown.assignedTo())) {
            panel.add(WorkflowPanel.secondary("take", "Take this request", () -> apply(d -> {
                queue.assign(d.reference(), d.version(), username);
                return casework.find(d.reference()).orElseThrow();
            }, "The request is assigned to you.")));
        } else {
            panel.add(Page.body("This request is assigned to you."));
        }
        return panel;
    }

    private CaseDetails details() {
        if (details == null) {
            throw new IllegalStateException("No request shown yet");
        }
        return details;
    }
}
