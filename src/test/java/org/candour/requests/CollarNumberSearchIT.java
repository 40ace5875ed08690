package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.support.TestSecurity.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.candour.footage.FootageCatalogue;
import org.candour.footage.FootageImportService;
import org.candour.footage.ImportProgress;
import org.candour.footage.RecordingSummary;
import org.candour.identity.Role;
import org.candour.shared.LondonTime;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A caseworker finds the named officer's recordings by collar number, within the incident's borough and window,
 * through the officer key the force's export made; attaching one records the request's CAD reference on it.
 */
@SpringBootTest
@Import(ClockTestConfiguration.class)
class CollarNumberSearchIT {

    /** officer_key of 1234AB and 5678CD under the test secret, as the force's export makes them (OfficerKeysTest). */
    private static final String OFFICER_1234AB = "87ad8551e8f894fdeed64bcabdf691b8ae0867c14fa71b9f35539f34c60fbb25";
    private static final String OFFICER_5678CD = "b3b00b6a2bc2bca8adee9a91d2a6faa3cc8f10333fbf31cb669d24193a0e5fe1";
    private static final String HEADER = "recording_id,camera_id,borough_code,start,end,category,evidential,officer_key";

    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    FootageImportService imports;
    @Autowired
    FootageCatalogue catalogue;
    @Autowired
    MutableClock clock;

    private String reference;
    private LocalDate day;
    private String prefix;

    @BeforeEach
    void aRequestNamingOfficer1234AB() {
        day = LondonTime.today(clock).minusDays(2);
        reference = filing.file(TestRequests.valid(day)).reference(); // collar 1234AB, CAD 4821/26, Lambeth 21:00
        prefix = "C" + UUID.randomUUID().toString().substring(0, 6);
        Instant at = day.atTime(21, 5).atZone(LondonTime.ZONE).toInstant();
        imports.importCsv(new ByteArrayInputStream((HEADER + "\n"
                + row("-mine", "E09000022", at, OFFICER_1234AB)
                + row("-other", "E09000022", at, OFFICER_5678CD)
                + row("-elsewhere", "E09000008", at, OFFICER_1234AB)
                + row("-later", "E09000022", at.plus(Duration.ofHours(3)), OFFICER_1234AB))
                .getBytes(StandardCharsets.UTF_8)), ImportProgress.Listener.NONE);
    }

    @Test
    void theCollarNumberFindsOnlyThatOfficersRecordingsInTheIncidentsBoroughAndWindow() {
        var found = find("1234 ab");
        assertThat(found).extracting(RecordingSummary::id).filteredOn(id -> id.startsWith(prefix))
                .containsExactly(prefix + "-mine");
        assertThat(find("")).extracting(RecordingSummary::id).filteredOn(id -> id.startsWith(prefix))
                .containsExactlyInAnyOrder(prefix + "-mine", prefix + "-other");
        assertThat(find("9999ZZ")).extracting(RecordingSummary::id).filteredOn(id -> id.startsWith(prefix)).isEmpty();
    }

    @Test
    void somethingThatIsNotACollarNumberGetsAClearMessage() {
        assertThatThrownBy(() -> find("PC Smith")).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("collar number is letters and numbers");
    }

    @Test
    void attachingARecordingRecordsTheRequestsCadReferenceOnIt() {
        assertThat(catalogue.recording(prefix + "-mine").orElseThrow().cadReference()).isNull();
        as("casey", Role.CASEWORKER, () -> casework.attachRecording(reference,
                casework.find(reference).orElseThrow().version(), prefix + "-mine"));
        assertThat(catalogue.recording(prefix + "-mine").orElseThrow().cadReference()).isEqualTo("CAD 4821/26");
        assertThat(catalogue.recording(prefix + "-other").orElseThrow().cadReference()).isNull();
    }

    private java.util.List<RecordingSummary> find(String collar) {
        return as("casey", Role.CASEWORKER, () -> casework.findFootage(reference, day, LocalTime.of(20, 30),
                LocalTime.of(22, 0), null, collar));
    }

    private String row(String suffix, String borough, Instant start, String officerKey) {
        return String.join(",", prefix + suffix, prefix + "-CAM" + suffix, borough, start.toString(),
                start.plus(Duration.ofMinutes(15)).toString(), "stop_and_search", "false", officerKey) + "\n";
    }
}
