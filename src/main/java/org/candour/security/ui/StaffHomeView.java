package org.candour.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.candour.identity.Role;
import org.candour.identity.StaffAccountSummary;
import org.candour.identity.StaffAccounts;
import org.candour.security.SecondFactorGate;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.springframework.core.env.Environment;

/**
 * Where staff land after signing in: who they are signed in as, what their roles are for, links to the staff
 * pages their roles can use (only pages that exist), and signing out.
 */
@Route(value = StaffHomeView.ROUTE, layout = MainLayout.class)
@PageTitle("Staff area - Candour")
@PermitAll
public class StaffHomeView extends Div implements BeforeEnterObserver {

    public static final String ROUTE = "staff";

    /** A staff page and the role that opens it. */
    private record StaffPage(Set<Role> roles, String path, String title, String description) {
    }

    /** Exists only where the portal runs its own mail server (the demo profile). */
    private static final String DEMO_MAILBOX = "staff/demo-mailbox";

    /** Complaint bodies see only the requests linked to their own complaints: no search over all of them. */
    private static final Set<Role> REQUEST_STAFF = EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN);

    private static final List<StaffPage> PAGES = List.of(
            new StaffPage(EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN), "staff/queue", "Casework queue",
                    "open requests by urgency: footage at risk of deletion, overdue replies, assignment"),
            new StaffPage(EnumSet.of(Role.OVERSIGHT), "staff/oversight", "Requests linked to complaints",
                    "link requests to your complaints, follow their clocks, ask for footage to be preserved"),
            new StaffPage(EnumSet.of(Role.SUPERVISOR), "staff/complaint-links", "Links to complaints to approve",
                    "links complaint bodies proposed without the requester's consent: approve with a reason"),
            new StaffPage(REQUEST_STAFF, "staff/search", "Search requests",
                    "full text, facets by borough, state and outcome, overdue and footage at risk"),
            new StaffPage(REQUEST_STAFF, "staff/analytics", "Workflow analytics",
                    "requests per month, time to answer, time spent in each stage"),
            new StaffPage(EnumSet.of(Role.ADMIN), "staff/search/index", "Search index",
                    "index health, updates waiting, rebuild the index"),
            new StaffPage(EnumSet.of(Role.ADMIN), "staff/footage/import", "Import footage metadata",
                    "upload a CSV export from the evidence system, with progress and a report of rejected rows"),
            new StaffPage(EnumSet.of(Role.ADMIN), "staff/complaint-bodies", "Complaint bodies",
                    "the organisations that oversight accounts belong to"),
            new StaffPage(EnumSet.of(Role.ADMIN), "staff/accounts", "Manage staff accounts",
                    "open accounts, change roles, reset passwords and unlock accounts"),
            new StaffPage(EnumSet.of(Role.ADMIN), "staff/statistics", "Statistics releases",
                    "publish a statistics release now, or a correction with a note"),
            new StaffPage(EnumSet.of(Role.ADMIN), "staff/audit", "Audit log",
                    "every view of personal data and every decision, with a tamper check"),
            new StaffPage(EnumSet.of(Role.ADMIN), "staff/erasure", "Erasure of personal data",
                    "the nightly erasure of closed requests' personal data after the retention period"),
            new StaffPage(EnumSet.of(Role.ADMIN), DEMO_MAILBOX, "Demo mailbox",
                    "the emails this demo sent to requesters and staff (local demo only)"));

    private final SecondFactorGate gate;

    StaffHomeView(AuthenticationContext authentication, StaffAccounts accounts, Environment environment,
                  SecondFactorGate gate) {
        this.gate = gate;
        boolean demoMailbox = environment.getProperty("candour.mail.local-server.enabled", Boolean.class, false);
        addClassName("page");
        var account = authentication.getPrincipalName().flatMap(accounts::findByUsername)
                .orElseThrow(() -> new IllegalStateException("A signed-in user without a staff account"));
        var signOut = new Button("Sign out", click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addClassName("secondary-button");
        add(Page.heading("Welcome, " + account.displayName()),
                Page.lead("You are signed in to Candour as " + account.username() + "."),
                Page.subheading("Your roles"), roles(account));
        if (!account.waitingForApproval().isEmpty()) {
            var waiting = Page.inset(Page.body("Waiting for another administrator's approval: " + account
                    .waitingForApproval().stream().sorted().map(Role::label).collect(Collectors.joining(", "))
                    + ". Once it is approved, sign in again to use it."));
            waiting.setId("roles-waiting");
            add(waiting);
        }
        add(Page.subheading("What you can use"));
        var links = PAGES.stream().filter(page -> page.roles().stream().anyMatch(account::has))
                .filter(page -> demoMailbox || !page.path().equals(DEMO_MAILBOX)).map(StaffHomeView::link).toList();
        if (links.isEmpty()) {
            add(Page.inset(Page.body("There are no staff pages for your roles. An administrator gives the roles "
                    + "you need.")));
        } else {
            var list = new UnorderedList(links.toArray(ListItem[]::new));
            list.setId("staff-pages");
            add(list);
        }
        add(Page.body("When you have finished, sign out, especially on a shared computer."), signOut);
    }

    private static Component roles(StaffAccountSummary account) {
        if (account.roles().isEmpty()) {
            var none = Page.body("You have no roles yet.");
            none.setId("staff-roles");
            return none;
        }
        var list = new UnorderedList();
        list.setId("staff-roles");
        account.roles().stream().sorted().forEach(role -> {
            var name = new Span(role.label());
            name.addClassName("role-name");
            list.add(new ListItem(name, new Span(": " + role.description())));
        });
        return list;
    }

    private static ListItem link(StaffPage page) {
        var item = new ListItem(Page.link(page.path(), page.title()));
        item.add(" to " + page.description());
        return item;
    }

    /** Reached from within the app (not by its address) before the code was given: the code page first. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (gate.owesCode()) {
            event.forwardTo(TwoFactorView.class);
        }
    }
}
