package org.candour.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRulesTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "OK", textBlock = """
            jokafor    | ''                             | Enter a password
            jokafor    | short-pass1                    | The password must be at least 12 characters long
            jokafor    | exactly12chr                   | OK
            jokafor    | three random words             | OK
            jokafor    | demo-password-2026             | OK
            j.okafor.longname | J.Okafor.Longname       | The password must not be the same as the username
            j.okafor.longname | j.okafor.longname2      | OK
            jokafor    | Password1234                   | This password is too common: choose one that is harder to guess
            jokafor    | QWERTYUIOPAS                   | This password is too common: choose one that is harder to guess
            jokafor    | administrator                  | This password is too common: choose one that is harder to guess
            jokafor    | éééééééééééé                   | OK
            jokafor    | 0123456789012345678901234567890123456789012345678901234567890123456789012 | The password must be 72 characters or fewer (accented letters and symbols can count as more than one)
            jokafor    | ééééééééééééééééééééééééééééééééééééé | The password must be 72 characters or fewer (accented letters and symbols can count as more than one)
            """)
    void newPasswordsAreLongUncommonAndNotTheUsername(String username, String password, String problem) {
        assertThat(PasswordRules.check(username, password).orElse(null)).isEqualTo(problem);
    }
}
