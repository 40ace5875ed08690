package org.candour.identity;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for the details of a staff account, with messages for the administrator filling in the form. The
 * form shows them next to each field; {@link StaffAccounts} applies them again at the edge.
 */
public final class AccountRules {

    public static final int USERNAME_MAX = 64;
    public static final int DISPLAY_NAME_MAX = 100;

    public static final int EMAIL_MAX = 254;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$");

    private AccountRules() {
    }

    public static Optional<String> username(String value) {
        if (value.isBlank()) {
            return Optional.of("Enter a username");
        }
        return USERNAME.matcher(value.strip()).matches() ? Optional.empty()
                : Optional.of("The username must be 3 to " + USERNAME_MAX + " characters: letters, numbers, dots, "
                        + "hyphens and underscores, starting with a letter or number");
    }

    public static Optional<String> displayName(String value) {
        if (value.isBlank()) {
            return Optional.of("Enter the person's name");
        }
        return value.strip().length() > DISPLAY_NAME_MAX
                ? Optional.of("The name must be " + DISPLAY_NAME_MAX + " characters or fewer") : Optional.empty();
    }

    /** A work email address for the digest, or blank for none. */
    public static Optional<String> email(String value) {
        String address = value.strip();
        if (address.isEmpty()) {
            return Optional.empty();
        }
        if (address.length() > EMAIL_MAX) {
            return Optional.of("The email address must be " + EMAIL_MAX + " characters or fewer");
        }
        return EMAIL.matcher(address).matches() ? Optional.empty()
                : Optional.of("Enter an email address in the correct format, like name@example.org");
    }

    public static Optional<String> roles(Set<Role> roles) {
        return roles.isEmpty() ? Optional.of("Choose at least one role") : Optional.empty();
    }
}
