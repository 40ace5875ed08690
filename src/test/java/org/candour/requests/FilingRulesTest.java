package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FilingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @ParameterizedTest
    @ValueSource(strings = {"SW1A 2AA", "sw1a2aa", "E1 6AN", "N1 9GU", "EC1A 1BB", "W1A 0AX", "CR0 2RS", "GIR 0AA"})
    void acceptsRealPostcodeShapes(String postcode) {
        assertThat(FilingRules.postcode(postcode)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "SW1A", "SW1A 2A", "QQ1 1AA", "not a postcode"})
    void refusesWhatIsNotAPostcode(String postcode) {
        assertThat(FilingRules.postcode(postcode)).contains("Enter a real postcode, like SW1A 2AA");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void requiredAnswersSayWhatToEnter(String blank) {
        assertThat(FilingRules.fullName(blank)).contains("Enter your full name");
        assertThat(FilingRules.email(blank)).contains("Enter your email address");
        assertThat(FilingRules.location(blank)).contains("Enter where it happened");
        assertThat(FilingRules.whatHappened(blank)).contains("Describe what happened");
        assertThat(FilingRules.phone(blank)).isEmpty();
        assertThat(FilingRules.collarNumber(blank)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "name@example.com, true", "a.b+c@sub.example.co.uk, true", "name@, false", "name example.com, false",
            "@example.com, false"})
    void emailAddresses(String email, boolean valid) {
        assertThat(FilingRules.email(email).isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-26, true", "2026-11-25, true", "2020-01-01, true", "2026-11-27, false", "2027-01-01, false"})
    void theIncidentIsTodayOrEarlier(LocalDate date, boolean valid) {
        assertThat(FilingRules.incidentDate(date, TODAY).isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
            "1987-03-27, true", "2026-11-25, true", "2026-11-26, false", "2027-01-01, false", "1900-01-01, false"})
    void dateOfBirthIsInThePastAndPlausible(LocalDate date, boolean valid) {
        assertThat(FilingRules.dateOfBirth(date, TODAY).isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"21:00, 21:30, true", "00:00, 23:59, true", "21:30, 21:30, false", "22:00, 21:00, false"})
    void theTimeWindowEndsAfterItStarts(LocalTime from, LocalTime to, boolean valid) {
        assertThat(FilingRules.timeWindow(from, to).isEmpty()).isEqualTo(valid);
    }

    @Test
    void theCityOfLondonIsExplainedAndRefused() {
        assertThat(FilingRules.borough("E09000001")).contains(FilingRules.CITY_OF_LONDON_MESSAGE);
        assertThat(FilingRules.CITY_OF_LONDON_MESSAGE).contains("City of London Police");
        assertThat(FilingRules.borough("E09000022")).isEmpty();
        assertThat(FilingRules.borough("E09000099")).isPresent();
        assertThat(FilingRules.borough("")).contains("Select the borough where you were filmed");
    }

    @ParameterizedTest
    @CsvSource({"1234, true", "1234AB, true", "U5678, true", "AB12CD, true", "12-34, false", "ABC1234, false"})
    void collarNumbers(String collar, boolean valid) {
        assertThat(FilingRules.collarNumber(collar).isEmpty()).isEqualTo(valid);
    }

    @Test
    void longAnswersAreRefusedWithTheLimit() {
        assertThat(FilingRules.whatHappened("x".repeat(FilingRules.DESCRIPTION_MAX))).isEmpty();
        assertThat(FilingRules.whatHappened("x".repeat(FilingRules.DESCRIPTION_MAX + 1)))
                .contains("The description must be 5000 characters or fewer");
    }
}
