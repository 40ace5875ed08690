package org.candour.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.candour.identity.GrantChangedException;
import org.candour.identity.GrantDecision;
import org.candour.identity.RoleGrants;
import org.candour.identity.WaitingGrant;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.Buttons;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.SuccessBanner;

/**
 * "Waiting for approval" on the staff accounts page: roles that read personal data, asked for by one administrator,
 * which another approves or refuses. The one who asked sees why they cannot approve it themselves.
 */
final class WaitingGrants extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm",
            LondonTime.LOCALE);

    private final RoleGrants grants;
    private final String administrator;
    private final ErrorSummary errors;
    private final SuccessBanner banner;
    private final Runnable changed;

    WaitingGrants(RoleGrants grants, String administrator, ErrorSummary errors, SuccessBanner banner,
                  Runnable changed) {
        this.grants = grants;
        this.administrator = administrator;
        this.errors = errors;
        this.banner = banner;
        this.changed = changed;
        setId("waiting-for-approval");
        refresh();
    }

    void refresh() {
        removeAll();
        add(Page.subheading("Waiting for approval"), Page.body("A role that can see personal data is given only "
                + "when a second administrator approves it. If nobody approves it within 7 days, it lapses."));
        var waiting = grants.waiting();
        if (waiting.isEmpty()) {
            var none = Page.body("Nothing is waiting for approval.");
            none.setId("nothing-waiting");
            add(none);
            return;
        }
        var list = new UnorderedList(waiting.stream().map(this::item).toArray(ListItem[]::new));
        list.setId("waiting-grants");
        list.addClassName("waiting-grants");
        add(list);
    }

    private ListItem item(WaitingGrant grant) {
        var what = new Paragraph(grant.role().label() + " for " + grant.displayName() + " (" + grant.username()
                + "), asked for by " + grant.askedBy() + " on " + when(grant.askedAt()) + ". It lapses on "
                + when(grant.lapsesAt()) + ".");
        var name = grant.role().label() + " for " + grant.username();
        var refuse = Buttons.secondary("refuse-" + grant.id(), "Refuse",
                () -> answer(() -> grants.refuse(grant.id(), grant.version(), administrator), name));
        refuse.addClassName("refuse");
        refuse.setAriaLabel("Refuse " + name);
        var actions = new Div();
        actions.addClassName("button-group");
        if (grant.askedBy().equals(administrator)) {
            actions.add(refuse);
            var item = new ListItem(what, Page.body("You asked for this, so another administrator must approve it."),
                    actions);
            return marked(item, grant);
        }
        var approve = Buttons.primary("approve-" + grant.id(), "Approve",
                () -> answer(() -> grants.approve(grant.id(), grant.version(), administrator), name));
        approve.addClassName("approve");
        approve.setAriaLabel("Approve " + name);
        actions.add(approve, refuse);
        return marked(new ListItem(what, actions), grant);
    }

    private static ListItem marked(ListItem item, WaitingGrant grant) {
        item.getElement().setAttribute("data-username", grant.username());
        item.getElement().setAttribute("data-role", grant.role().name());
        item.addClassName("waiting-grant");
        return item;
    }

    private void answer(Supplier<GrantDecision> decision, String name) {
        banner.hide();
        errors.hide();
        try {
            switch (decision.get()) {
                case APPROVED -> banner.show(name + " is approved. Their open sessions end: they sign in again "
                        + "to use it.");
                case REFUSED -> banner.show(name + " is refused: the account does not get the role.");
                case ASKED_BY_YOU -> errors.showMessage("You asked for " + name + ", so another administrator must "
                        + "approve it.");
                case LAPSED -> errors.showMessage(name + " was not approved within 7 days and has lapsed. Ask again "
                        + "on the account's page if it is still needed.");
            }
        } catch (GrantChangedException e) {
            errors.showMessage(GrantChangedException.MESSAGE);
        }
        refresh();
        changed.run();
    }

    private static String when(Instant instant) {
        return WHEN.format(instant.atZone(LondonTime.ZONE));
    }
}
