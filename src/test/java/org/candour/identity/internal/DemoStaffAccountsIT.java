package org.candour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.candour.identity.ComplaintBodies;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.support.ClockTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationContext;

@SpringBootTest
@Import(ClockTestConfiguration.class)
class DemoStaffAccountsIT {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    ComplaintBodies bodies;
    @Autowired
    ApplicationContext context;

    @Test
    void testsRunWithoutTheDemoAccounts() {
        assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain("demo");
        assertThat(context.getBeansOfType(DemoStaffAccounts.class)).isEmpty();
    }

    @Test
    void theDemoOpensOneAccountPerRoleOnceAndLeavesThemAloneOnRestart() {
        var demo = new DemoStaffAccounts(accounts, bodies);
        demo.run(new DefaultApplicationArguments());
        var admin = accounts.findByUsername("admin").orElseThrow();
        accounts.changeDetails(admin.id(), admin.version(), "Changed by the demo user", admin.roles(), "admin");

        demo.run(new DefaultApplicationArguments());

        assertThat(accounts.findByUsername("admin").orElseThrow().displayName()).isEqualTo("Changed by the demo user");
        assertThat(accounts.findByUsername("caseworker").orElseThrow().roles()).containsExactly(Role.CASEWORKER);
        assertThat(accounts.findByUsername("supervisor").orElseThrow().roles()).contains(Role.SUPERVISOR);
        assertThat(accounts.findByUsername("oversight").orElseThrow().roles()).containsExactly(Role.OVERSIGHT);
        assertThat(accounts.findByUsername("admin2").orElseThrow().roles()).containsExactly(Role.ADMIN);
        var iopc = bodies.findByName(DemoStaffAccounts.IOPC).orElseThrow().id();
        var group = bodies.findByName(DemoStaffAccounts.MONITORING_GROUP).orElseThrow().id();
        assertThat(accounts.findByUsername("oversight").orElseThrow().complaintBodyId()).isEqualTo(iopc);
        assertThat(accounts.findByUsername("monitor").orElseThrow().complaintBodyId()).isEqualTo(group);
    }
}
