package org.candour.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.candour.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which role changes need a second administrator's approval, who may give it, and when a grant lapses. */
class RoleGrantRulesTest {

    private static final Instant ASKED = Instant.parse("2026-12-01T09:30:00Z");

    @ParameterizedTest(name = "{0} -> {1}: approval for [{2}]")
    @CsvSource(delimiter = '|', value = {
            "-                     | CASEWORKER             | CASEWORKER",
            "CASEWORKER            | CASEWORKER SUPERVISOR  | SUPERVISOR",
            "MONITORING            | MONITORING OVERSIGHT   | OVERSIGHT",
            "-                     | ADMIN MONITORING       | ADMIN",
            "CASEWORKER SUPERVISOR | CASEWORKER             | -",
            "ADMIN CASEWORKER      | MONITORING             | -",
            "-                     | MONITORING             | -",
            "CASEWORKER            | CASEWORKER MONITORING  | -",
            "OVERSIGHT             | OVERSIGHT              | -"})
    void onlyAddingARoleThatReadsPersonalDataNeedsApproval(String before, String after, String needing) {
        assertThat(RoleGrant.needingApproval(roles(before), roles(after))).isEqualTo(roles(needing));
    }

    @Test
    void theRolesThatReadPersonalDataAreEveryRoleButMonitoring() {
        assertThat(Arrays.stream(Role.values()).filter(Role::readsPersonalData))
                .containsExactlyInAnyOrder(Role.CASEWORKER, Role.SUPERVISOR, Role.OVERSIGHT, Role.ADMIN);
        assertThatThrownBy(() -> RoleGrant.ask(UUID.randomUUID(), Role.MONITORING, "ada", ASKED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}, {1} after asking: {2}")
    @CsvSource(delimiter = '|', value = {
            "ben      | PT0S          | APPROVED",
            "ben      | PT1H          | APPROVED",
            "ben      | P6DT23H59M59S | APPROVED",
            "ben      | P7D           | LAPSED",
            "ben      | P30D          | LAPSED",
            "ada      | PT1H          | ASKED_BY_THEM",
            "' ADA '  | PT1H          | ASKED_BY_THEM",
            "ada      | P7D           | LAPSED"})
    void anotherAdministratorApprovesWithinSevenDaysNeverTheOneWhoAsked(String administrator, Duration after,
                                                                      RoleGrant.Approval expected) {
        var grant = RoleGrant.ask(UUID.randomUUID(), Role.CASEWORKER, "Ada", ASKED);

        assertThat(grant.approvalBy(administrator, ASKED.plus(after))).isEqualTo(expected);
        assertThat(grant.hasLapsed(ASKED.plus(after))).isEqualTo(expected == RoleGrant.Approval.LAPSED);
        assertThat(grant.lapsesAt()).isEqualTo(Instant.parse("2026-12-08T09:30:00Z"));
    }

    private static Set<Role> roles(String names) {
        return names.isBlank() || names.strip().equals("-") ? Set.of() : Arrays.stream(names.strip().split("\\s+"))
                .map(Role::valueOf).collect(Collectors.toSet());
    }
}
