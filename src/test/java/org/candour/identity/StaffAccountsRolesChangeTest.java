package org.candour.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffAccountsRolesChangeTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "CASEWORKER            | CASEWORKER SUPERVISOR  | Granted SUPERVISOR",
            "CASEWORKER SUPERVISOR | CASEWORKER             | Removed SUPERVISOR",
            "OVERSIGHT             | ADMIN CASEWORKER       | Granted CASEWORKER, ADMIN; Removed OVERSIGHT",
            "ADMIN                 | ADMIN                  | ''"})
    void theAuditEntryNamesTheRolesGrantedAndRemoved(String before, String after, String details) {
        assertThat(StaffAccounts.rolesChange(roles(before), roles(after))).isEqualTo(details);
    }

    private static Set<Role> roles(String names) {
        return Set.of(names.trim().split("\\s+")).stream().map(Role::valueOf)
                .collect(java.util.stream.Collectors.toSet());
    }
}
