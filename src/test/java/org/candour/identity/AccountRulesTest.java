package org.candour.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountRulesTest {

    @ParameterizedTest(name = "''{0}'' valid: {1}")
    @CsvSource({"jokafor, true", "J.Okafor, true", "j_okafor-2, true", "ab, false", "'', false",
            "-jokafor, false", "jo okafor, false", "jo@met, false",
            "a123456789012345678901234567890123456789012345678901234567890123, true",
            "a1234567890123456789012345678901234567890123456789012345678901234, false"})
    void usernamesAreShortWordsWithoutSpaces(String username, boolean valid) {
        assertThat(AccountRules.username(username).isEmpty()).isEqualTo(valid);
    }

    @Test
    void aDisplayNameIsRequiredAndLimited() {
        assertThat(AccountRules.displayName(" ")).contains("Enter the person's name");
        assertThat(AccountRules.displayName("Jo Okafor")).isEmpty();
        assertThat(AccountRules.displayName("x".repeat(101))).contains("The name must be 100 characters or fewer");
    }

    @Test
    void anAccountNeedsARole() {
        assertThat(AccountRules.roles(Set.of())).contains("Choose at least one role");
        assertThat(AccountRules.roles(Set.of(Role.OVERSIGHT))).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "\"{0}\": {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "''                        | ",
            "'   '                     | ",
            "jo.okafor@met.police.uk   | ",
            "' jo@example.org '        | ",
            "jo                        | Enter an email address in the correct format, like name@example.org",
            "jo@example                | Enter an email address in the correct format, like name@example.org",
            "jo@@example.org           | Enter an email address in the correct format, like name@example.org",
            "jo okafor@example.org     | Enter an email address in the correct format, like name@example.org"})
    void aWorkEmailIsOptionalAndWellFormed(String email, String problem) {
        assertThat(AccountRules.email(email)).isEqualTo(java.util.Optional.ofNullable(problem));
    }

    @Test
    void aWorkEmailHasAtMost254Characters() {
        assertThat(AccountRules.email("a".repeat(243) + "@example.org")).contains(
                "The email address must be 254 characters or fewer");
        assertThat(AccountRules.email("a".repeat(242) + "@example.org")).isEmpty();
    }
}
