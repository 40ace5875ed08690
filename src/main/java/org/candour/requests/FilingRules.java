package org.candour.requests;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.jspecify.annotations.Nullable;

/**
 * The rules for each answer on the filing form, with messages written for the requester (GOV.UK style). The
 * form shows them next to the field; {@link RequestFilingService} applies the same rules again at the edge.
 */
public final class FilingRules {

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 500;
    public static final int LOCATION_MAX = 300;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int APPEARANCE_MAX = 2000;

    private static final Pattern POSTCODE = Pattern.compile(
            "^(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{10,20}$");
    private static final Pattern COLLAR_NUMBER = Pattern.compile("^[A-Za-z]{0,2}[0-9]{1,6}[A-Za-z]{0,2}$");
    private static final Pattern CAD_REFERENCE = Pattern.compile("^[A-Za-z0-9/ -]{1,40}$");

    private FilingRules() {
    }

    public static Optional<String> fullName(@Nullable String value) {
        return required(value, "Enter your full name").or(() -> tooLong(value, NAME_MAX, "Your name"));
    }

    public static Optional<String> dateOfBirth(@Nullable LocalDate value, LocalDate today) {
        if (value == null) {
            return Optional.of("Enter your date of birth");
        }
        if (!value.isBefore(today)) {
            return Optional.of("Your date of birth must be in the past");
        }
        if (value.isBefore(today.minusYears(120))) {
            return Optional.of("Check your date of birth: it is more than 120 years ago");
        }
        return Optional.empty();
    }

    public static Optional<String> address(@Nullable String value) {
        return required(value, "Enter your current address").or(() -> tooLong(value, ADDRESS_MAX, "Your address"));
    }

    public static Optional<String> postcode(@Nullable String value) {
        return required(value, "Enter your postcode").or(() -> POSTCODE.matcher(value.strip()).matches()
                ? Optional.empty() : Optional.of("Enter a real postcode, like SW1A 2AA"));
    }

    public static Optional<String> email(@Nullable String value) {
        return required(value, "Enter your email address").or(() -> EMAIL.matcher(value.strip()).matches()
                ? Optional.empty() : Optional.of("Enter an email address in the correct format, like name@example.com"));
    }

    public static Optional<String> phone(@Nullable String value) {
        return isBlank(value) || PHONE.matcher(value.strip()).matches() ? Optional.empty()
                : Optional.of("Enter a telephone number, like 020 7946 0000 or +44 7700 900 982");
    }

    public static Optional<String> incidentDate(@Nullable LocalDate value, LocalDate today) {
        if (value == null) {
            return Optional.of("Enter the date you were filmed");
        }
        return value.isAfter(today) ? Optional.of("The date you were filmed must be today or in the past")
                : Optional.empty();
    }

    public static Optional<String> timeWindow(@Nullable LocalTime from, @Nullable LocalTime to) {
        if (from == null || to == null) {
            return Optional.of("Enter the time it started and the time it ended");
        }
        return from.isBefore(to) ? Optional.empty()
                : Optional.of("The end time must be after the start time. If it went past midnight, end at 23:59");
    }

    public static Optional<String> borough(@Nullable String code) {
        if (isBlank(code)) {
            return Optional.of("Select the borough where you were filmed");
        }
        Optional<Borough> borough = Boroughs.byCode(code);
        if (borough.isEmpty()) {
            return Optional.of("Select a London borough from the list");
        }
        return borough.get().isPolicedByTheMet() ? Optional.empty() : Optional.of(CITY_OF_LONDON_MESSAGE);
    }

    public static final String CITY_OF_LONDON_MESSAGE = "The City of London has its own police force, City of London "
            + "Police. The Metropolitan Police does not hold its footage: ask City of London Police instead.";

    public static Optional<String> location(@Nullable String value) {
        return required(value, "Enter where it happened").or(() -> tooLong(value, LOCATION_MAX, "The location"));
    }

    public static Optional<String> whatHappened(@Nullable String value) {
        return required(value, "Describe what happened").or(() -> tooLong(value, DESCRIPTION_MAX, "The description"));
    }

    public static Optional<String> howToRecogniseYou(@Nullable String value) {
        return required(value, "Describe how we can recognise you in the footage")
                .or(() -> tooLong(value, APPEARANCE_MAX, "The description of you"));
    }

    public static Optional<String> collarNumber(@Nullable String value) {
        return isBlank(value) || COLLAR_NUMBER.matcher(value.strip()).matches() ? Optional.empty()
                : Optional.of("A collar number is letters and numbers, like 1234AB or U5678");
    }

    public static Optional<String> cadReference(@Nullable String value) {
        return isBlank(value) || CAD_REFERENCE.matcher(value.strip()).matches() ? Optional.empty()
                : Optional.of("An incident or CAD reference is up to 40 letters, numbers, spaces, / or -");
    }

    private static Optional<String> required(@Nullable String value, String message) {
        return isBlank(value) ? Optional.of(message) : Optional.empty();
    }

    private static Optional<String> tooLong(@Nullable String value, int max, String what) {
        return value != null && value.strip().length() > max
                ? Optional.of("%s must be %d characters or fewer".formatted(what, max)) : Optional.empty();
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
