package org.candour.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.candour.identity.NewStaffAccount;
import org.candour.identity.Role;

/** Staff accounts for tests, each with a username of its own so that tests sharing a database do not collide. */
public final class TestStaff {

    public static final String PASSWORD = "correct horse battery";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestStaff() {
    }

    public static NewStaffAccount account(String prefix, Role... roles) {
        String username = prefix + "-" + NEXT.incrementAndGet() + "-" + ProcessHandle.current().pid();
        return new NewStaffAccount(username, "Test " + prefix, Set.of(roles), PASSWORD);
    }
}
