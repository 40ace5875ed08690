package org.candour.support;

import java.util.Set;
import java.util.UUID;
import org.candour.identity.ComplaintBodies;
import org.candour.identity.ComplaintBodySummary;
import org.candour.identity.NewStaffAccount;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;

/** Complaint bodies and their oversight accounts for tests, each with a name of its own. */
public final class TestComplaintBodies {

    private TestComplaintBodies() {
    }

    public static ComplaintBodySummary body(ComplaintBodies bodies, String prefix) {
        return bodies.open(prefix + " " + UUID.randomUUID());
    }

    /** Opens an oversight account in {@code body}; returns its username. */
    public static String oversightIn(StaffAccounts accounts, ComplaintBodySummary body, String prefix) {
        var account = accounts.open(TestStaff.account(prefix, Role.OVERSIGHT));
        accounts.joinComplaintBody(account.id(), account.version(), body.id());
        return account.username();
    }

    /** Puts the account with this username (opened if missing) in {@code body}, for tests that sign in by name. */
    public static void ensureIn(StaffAccounts accounts, String username, ComplaintBodySummary body) {
        var account = accounts.findByUsername(username).orElseGet(() -> accounts.open(
                new NewStaffAccount(username, "Test " + username,
                        Set.of(Role.OVERSIGHT), TestStaff.PASSWORD)));
        accounts.joinComplaintBody(account.id(), account.version(), body.id());
    }
}
