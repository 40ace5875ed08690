package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.candour.requests.domain.NewDocument;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@Import({ClockTestConfiguration.class, FailingListenerConfiguration.class})
@ExtendWith(OutputCaptureExtension.class)
class RequestFilingServiceIT {

    private static final LocalDate INCIDENT = LocalDate.of(2026, 11, 20);

    @Autowired
    RequestFilingService filing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void startAtTheSameMoment() {
        clock.set(ClockTestConfiguration.START);
        FailingListenerConfiguration.failFor = null;
    }

    @Test
    void filingGivesAReferenceASecretAndBothClocks() {
        var receipt = filing.file(TestRequests.valid(INCIDENT));

        assertThat(receipt.reference()).matches("BWV-2026-\\d{6,7}");
        assertThat(receipt.trackingSecret()).isNotBlank();
        assertThat(receipt.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        // One calendar month from Thursday 26 November 2026 is Saturday 26 December (Boxing Day); the next
        // working day is Tuesday 29 December, since 28 December is the substitute Boxing Day bank holiday.
        assertThat(receipt.dueDateIfVerifiedToday()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(receipt.footageDeletionDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(receipt.footageDeletionDatePassed()).isFalse();
    }

    @Test
    void anIncidentOlderThanThirtyOneDaysIsAcceptedAndFlagged() {
        var receipt = filing.file(TestRequests.valid(LocalDate.of(2026, 10, 1)));
        assertThat(receipt.footageDeletionDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(receipt.footageDeletionDatePassed()).isTrue();
    }

    @Test
    void personalDataIsEncryptedAtRestAndTheSecretStoredOnlyAsAHash() {
        var receipt = filing.file(TestRequests.valid(INCIDENT));

        var row = jdbc.queryForMap("select * from footage_request where reference = ?", receipt.reference());
        for (String column : List.of("REQUESTER_NAME", "REQUESTER_EMAIL", "REQUESTER_ADDRESS", "REQUESTER_POSTCODE",
                "REQUESTER_DATE_OF_BIRTH", "REQUESTER_APPEARANCE")) {
            String raw = new String((byte[]) row.get(column), StandardCharsets.ISO_8859_1);
            assertThat(raw).as(column).doesNotContain("Olusegun", "example.org", "Acre Lane", "SW2", "1990", "hooded");
        }
        assertThat(row.get("SECRET_HASH").toString()).hasSize(64).isNotEqualTo(receipt.trackingSecret());
        byte[] document = jdbc.queryForObject("select d.content from identity_document d join footage_request r "
                + "on d.request_id = r.id where r.reference = ?", byte[].class, receipt.reference());
        assertThat(new String(document, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
    }

    @Test
    void theSameFormSubmittedTwiceFilesOneRequest() {
        var key = UUID.randomUUID();
        var first = filing.file(TestRequests.withKey(key, INCIDENT));
        var second = filing.file(TestRequests.withKey(key, INCIDENT));

        assertThat(second.reference()).isEqualTo(first.reference());
        assertThat(second.trackingSecret()).as("the secret is shown once only").isNull();
        assertThat(count("select count(*) from footage_request where submission_key = ?", key)).isEqualTo(1);
    }

    @Test
    void invalidAnswersAreRefusedFieldByFieldAndNothingIsStored() {
        long before = count("select count(*) from footage_request");
        var valid = TestRequests.valid(INCIDENT);
        var invalid = new NewRequest(valid.submissionKey(),
                new NewRequest.AboutYou("", null, "1 Road", "NOPE", "not-an-email", null),
                List.of(new NewDocument("passport.jpg", "MZ not a picture".getBytes(StandardCharsets.US_ASCII))),
                new NewRequest.TheIncident(LocalDate.of(2027, 1, 1), valid.incident().timeTo(),
                        valid.incident().timeFrom(), "E09000001", "x", "x", "x", null, null, false),
                valid.accessPreference(), false);

        assertThatThrownBy(() -> filing.file(invalid)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.problems()).containsOnlyKeys("fullName", "dateOfBirth", "postcode", "email",
                        "incidentDate", "timeWindow", "borough", "documents", "declaration"));
        assertThat(count("select count(*) from footage_request")).isEqualTo(before);
    }

    @Test
    void aFailureMidwayLeavesNoHalfRequest() {
        long requests = count("select count(*) from footage_request");
        long documents = count("select count(*) from identity_document");
        long timeline = count("select count(*) from request_timeline");
        var request = TestRequests.valid(INCIDENT);
        FailingListenerConfiguration.failFor = request.submissionKey();

        assertThatThrownBy(() -> filing.file(request)).hasRootCauseMessage("simulated crash during filing");

        assertThat(count("select count(*) from footage_request")).isEqualTo(requests);
        assertThat(count("select count(*) from identity_document")).isEqualTo(documents);
        assertThat(count("select count(*) from request_timeline")).isEqualTo(timeline);
        FailingListenerConfiguration.failFor = null;
        assertThat(filing.file(request).trackingSecret()).as("a retry after the failure files it").isNotNull();
    }

    @Test
    void personalDataNeverReachesTheLog(CapturedOutput output) {
        filing.file(TestRequests.valid(INCIDENT));
        assertThat(output.getAll()).doesNotContain(TestRequests.NAME, TestRequests.EMAIL, "Acre Lane");
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
