package org.candour.footage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Finding footage for casework, and the refusals of the hold API. */
@SpringBootTest(properties = "candour.footage.import.batch-size=10")
@Import(ClockTestConfiguration.class)
class FootageCatalogueIT {

    @Autowired
    FootageImportService imports;
    @Autowired
    FootageCatalogue catalogue;
    @Autowired
    PreservationHoldService holds;
    @Autowired
    MutableClock clock;

    private final FootageRows rows = new FootageRows();

    @Test
    void findsTheRecordingsOfABoroughThatOverlapATimeWindowWithTheirDeletionDates() {
        clock.set(Instant.parse("2029-05-20T12:00:00Z"));
        imports.importCsv(FootageRows.stream(FootageRows.csv(List.of(
                rows.row(1, Instant.parse("2029-05-10T20:50:00Z")),          // ends 21:10: overlaps
                rows.row(2, Instant.parse("2029-05-10T21:30:00Z"), true),    // inside, evidential
                rows.row(3, Instant.parse("2029-05-10T22:05:00Z")),          // starts after the window
                rows.row(4, Instant.parse("2029-04-10T21:30:00Z")),          // a month earlier
                rows.row(5, Instant.parse("2029-04-19T21:30:00Z"))))),       // earlier, deletion date passed
                ImportProgress.Listener.NONE);

        var found = catalogue.find(new RecordingSearch(FootageRows.LAMBETH, Instant.parse("2029-05-10T21:00:00Z"),
                Instant.parse("2029-05-10T22:00:00Z"), rows.camera(), 100));

        assertThat(found).extracting(RecordingSummary::id).containsExactly(rows.id(1), rows.id(2));
        assertThat(found.get(0)).satisfies(r -> {
            assertThat(r.deletionDate()).isEqualTo(LocalDate.of(2029, 6, 10));
            assertThat(r.atRisk()).isTrue();
            assertThat(r.duration()).hasMinutes(20);
        });
        assertThat(found.get(1)).satisfies(r -> {
            assertThat(r.deletionDate()).isNull();
            assertThat(r.status()).isEqualTo(RetentionStatus.EVIDENTIAL);
        });
        assertThat(catalogue.recording(rows.id(5)).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(RetentionStatus.DUE_FOR_DELETION);
            assertThat(r.atRisk()).isFalse();
        });
        assertThat(catalogue.find(new RecordingSearch("E09000002", Instant.parse("2029-05-10T21:00:00Z"),
                Instant.parse("2029-05-10T22:00:00Z"), rows.camera(), 100))).isEmpty();
    }

    @Test
    void aHoldNeedsKnownRecordingsAReasonAndARequestOrComplaint() {
        clock.set(Instant.parse("2029-05-20T12:00:00Z"));
        imports.importCsv(FootageRows.stream(FootageRows.csv(List.of(rows.row(1, Instant.parse("2029-05-18T20:00:00Z"))))),
                ImportProgress.Listener.NONE);

        assertThatThrownBy(() -> holds.placeHold(new NewHold(List.of(rows.id(1), "NO-SUCH-RECORDING"), "cw", "why",
                "BWV-2029-000001", null))).isInstanceOf(HoldRefusedException.class)
                .hasMessageContaining("NO-SUCH-RECORDING");
        assertThatThrownBy(() -> holds.placeHold(new NewHold(List.of(rows.id(1)), "cw", "why", " ", null)))
                .isInstanceOf(HoldRefusedException.class).hasMessageContaining("request or complaint");
        assertThatThrownBy(() -> holds.placeHold(new NewHold(List.of(rows.id(1)), "cw", " ", "BWV-2029-000001",
                null))).isInstanceOf(HoldRefusedException.class).hasMessageContaining("reason");
        assertThat(holds.holdsOn(rows.id(1))).isEmpty();
        assertThat(catalogue.recording(rows.id(1)).orElseThrow().held()).isFalse();

        var placed = holds.placeHold(new NewHold(List.of(rows.id(1), rows.id(1)), "cw", "Requested footage",
                "BWV-2029-000001", null));

        assertThat(placed).hasSize(1);
        assertThat(holds.holdsFor("BWV-2029-000001")).extracting(HoldSummary::recordingId).contains(rows.id(1));
        assertThat(catalogue.recording(rows.id(1)).orElseThrow().status()).isEqualTo(RetentionStatus.HELD);
    }
}
