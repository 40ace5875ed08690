package org.candour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.candour.identity.NewStaffAccount;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;

/** A new installation opens its first administrator from the environment, once, and never a second one. */
@SpringBootTest(properties = {"candour.bootstrap.admin.username=first-admin",
        "candour.bootstrap.admin.password=a long first password 2026"})
class FirstAdministratorIT {

    @Autowired
    StaffAccounts accounts;

    @Test
    void theFirstStartOpensTheAdministratorAndLaterStartsDoNothing() throws Exception {
        var first = accounts.findByUsername("first-admin").orElseThrow();
        assertThat(first.roles()).containsExactly(Role.ADMIN);
        assertThat(first.enabled()).isTrue();

        new FirstAdministrator(accounts, "second-admin", "another long password 2026").run(null);

        assertThat(accounts.findByUsername("second-admin")).isEmpty();
        assertThat(accounts.list(Pageable.ofSize(1000)).stream().filter(a -> a.has(Role.ADMIN))).hasSize(1);
    }

    @Test
    void theOnlyAdministratorGivesTheAdministratorRoleAtOnceSoThatASecondOneCanApproveTheRest() {
        var second = accounts.openForApproval(new NewStaffAccount("second-admin-" + ProcessHandle.current().pid(),
                "Second Administrator", Set.of(Role.ADMIN, Role.CASEWORKER), "a long second password 2026"),
                "first-admin");

        assertThat(second.roles()).containsExactly(Role.ADMIN);
        assertThat(second.waitingForApproval()).containsExactly(Role.CASEWORKER);
        var third = accounts.openForApproval(new NewStaffAccount("third-admin-" + ProcessHandle.current().pid(),
                "Third Administrator", Set.of(Role.ADMIN), "a long third password 2026"), "first-admin");
        assertThat(third.roles()).isEmpty();
        assertThat(third.waitingForApproval()).containsExactly(Role.ADMIN);

        // Other tests here count the administrators: this one's go (removing a role needs no approval).
        var admin = accounts.find(second.id()).orElseThrow();
        accounts.changeDetails(admin.id(), admin.version(), admin.displayName(), Set.of(Role.MONITORING),
                "first-admin");
    }

    @Test
    void withNoEnabledAdministratorAPasswordThatBreaksTheRulesStopsTheStartWithTheReason() {
        var first = accounts.findByUsername("first-admin").orElseThrow();
        accounts.disable(first.id(), first.version(), "another-admin");

        var weak = new FirstAdministrator(accounts, "weak-admin", "short");

        assertThatThrownBy(() -> weak.run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CANDOUR_BOOTSTRAP_ADMIN");
        assertThat(accounts.findByUsername("weak-admin")).isEmpty();
        var again = accounts.findByUsername("first-admin").orElseThrow();
        accounts.enable(again.id(), again.version());
    }

    @Test
    void nodesOfANewInstallationStartingAtOnceOpenOneAdministratorAndAllStart() throws Exception {
        var first = accounts.findByUsername("first-admin").orElseThrow();
        accounts.disable(first.id(), first.version(), "another-admin");
        String username = "raced-admin-" + ProcessHandle.current().pid();
        var start = new CyclicBarrier(4);
        try (var nodes = Executors.newFixedThreadPool(4)) {
            var runs = new ArrayList<Future<?>>();
            for (int i = 0; i < 4; i++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    new FirstAdministrator(accounts, username, "a long raced password 2026").run(null);
                    return null;
                }));
            }
            for (var run : runs) {
                run.get(); // none of the nodes fails to start
            }
        }

        assertThat(accounts.list(Pageable.ofSize(1000)).stream().filter(a -> a.username().equals(username)))
                .hasSize(1);
        var raced = accounts.findByUsername(username).orElseThrow();
        accounts.changeDetails(raced.id(), raced.version(), raced.displayName(), Set.of(Role.MONITORING),
                "first-admin");
        var again = accounts.findByUsername("first-admin").orElseThrow();
        accounts.enable(again.id(), again.version());
    }
}
