package org.candour.identity.ui;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.candour.identity.Role;
import org.candour.identity.StaffAccountSummary;
import org.candour.shared.LondonTime;

/** How an account's state and roles read on the pages. */
final class AccountStatus {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LondonTime.LOCALE);

    private AccountStatus() {
    }

    static String of(StaffAccountSummary account) {
        if (!account.enabled()) {
            return "Disabled";
        }
        var lockedUntil = account.lockedUntil();
        return lockedUntil == null ? "Active"
                : "Locked until " + TIME.format(lockedUntil.atZone(LondonTime.ZONE)) + " (failed sign-ins)";
    }

    /** The roles it has, then those waiting for a second administrator's approval. */
    static String roles(StaffAccountSummary account) {
        var roles = account.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "));
        var waiting = waiting(account);
        return waiting.isEmpty() ? roles : (roles.isEmpty() ? "None yet" : roles) + "; " + waiting;
    }

    static String waiting(StaffAccountSummary account) {
        return account.waitingForApproval().isEmpty() ? "" : "waiting for approval: " + account.waitingForApproval()
                .stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }
}
