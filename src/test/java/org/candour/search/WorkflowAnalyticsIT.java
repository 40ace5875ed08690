package org.candour.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.candour.requests.RequestState;
import org.candour.search.internal.FacetKey;
import org.candour.search.internal.RequestDocument;
import org.candour.search.internal.RequestIndex;
import org.candour.shared.LondonTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Analytics aggregations over known documents (in Sutton, a borough no other test files in). */
@SpringBootTest
class WorkflowAnalyticsIT {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T10:00:00Z");

    @Autowired
    WorkflowAnalytics analytics;
    @Autowired
    RequestIndex index;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    Clock clock;

    @Test
    void countsTimesToOutcomeOnTimeSharesAndStageTimesPerBoroughAndMonth() throws IOException {
        index.ensureExists();
        // Ten decided in March after 10..28 days (8 on time), two still open.
        for (int i = 0; i < 10; i++) {
            int days = 10 + 2 * i;
            index.put(decided(days, i < 8), RequestIndex.ALIAS);
        }
        index.put(open(), RequestIndex.ALIAS);
        index.put(open(), RequestIndex.ALIAS);
        client.indices().refresh(r -> r.index(RequestIndex.ALIAS));

        var figures = analytics.figures();

        var march = figures.boroughMonths().stream()
                .filter(row -> row.borough().equals("Sutton") && row.month().equals(YearMonth.of(2026, 3)))
                .findFirst().orElseThrow();
        assertThat(march.received()).isEqualTo(12);
        assertThat(march.decided()).isEqualTo(10);
        assertThat(march.medianDaysToOutcome()).isCloseTo(19.0, within(1.5));
        assertThat(march.p90DaysToOutcome()).isCloseTo(27.0, within(1.5));
        assertThat(march.withinDeadlineShare()).isEqualTo(0.8);
        var searching = figures.stages().stream().filter(s -> s.state() == RequestState.SEARCHING).findFirst().orElseThrow();
        assertThat(searching.stays()).isGreaterThanOrEqualTo(10);
        assertThat(searching.medianDays()).isNotNull();
    }

    @Test
    void countsFootageDeletedBeforeItCouldBePreserved() throws IOException {
        index.ensureExists();
        Instant april = Instant.parse("2026-04-06T10:00:00Z");
        // Lost: answered "no footage held" because it was deleted, and open past the deletion date without a hold.
        index.put(noFootage(april, "DELETED_BEFORE_REQUEST"), RequestIndex.ALIAS);
        index.put(document("SEARCHING", april, null, null, null, List.of(), false, null), RequestIndex.ALIAS);
        // Not lost: never recorded, preserved, withdrawn, or answered with the footage.
        index.put(noFootage(april, "NEVER_RECORDED"), RequestIndex.ALIAS);
        index.put(document("WITHDRAWN", april, null, null, null, List.of(), false, null), RequestIndex.ALIAS);
        index.put(document("SEARCHING", april, null, null, null, List.of(), true, null), RequestIndex.ALIAS);
        index.put(document("DISCLOSED", april, april.plus(Duration.ofDays(9)), 9.0, true, List.of(), false, null),
                RequestIndex.ALIAS);
        client.indices().refresh(r -> r.index(RequestIndex.ALIAS));

        var aprilRow = analytics.figures().boroughMonths().stream()
                .filter(row -> row.borough().equals("Sutton") && row.month().equals(YearMonth.of(2026, 4)))
                .findFirst().orElseThrow();

        assertThat(aprilRow.received()).isEqualTo(6);
        assertThat(aprilRow.footageLost()).isEqualTo(2);
    }

    @Test
    void anOpenRequestsFootageIsLostFromItsDeletionDateToday() throws IOException {
        index.ensureExists();
        LocalDate today = LondonTime.today(clock);
        // Footage is deleted 30 days after receipt in these documents: today for the first, tomorrow for the second.
        index.put(openReceivedOn(today.minusDays(30)), RequestIndex.ALIAS);
        index.put(openReceivedOn(today.minusDays(29)), RequestIndex.ALIAS);
        client.indices().refresh(r -> r.index(RequestIndex.ALIAS));

        long lost = analytics.figures().boroughMonths().stream()
                .filter(row -> row.borough().equals("Sutton")
                        && !row.month().isBefore(YearMonth.from(today.minusDays(30))))
                .mapToLong(WorkflowFigures.BoroughMonth::footageLost).sum();

        assertThat(lost).isEqualTo(1);
    }

    private static RequestDocument openReceivedOn(LocalDate day) {
        return document("SEARCHING", day.atTime(12, 0).toInstant(ZoneOffset.UTC), null, null, null, List.of(),
                false, null);
    }

    private static RequestDocument noFootage(Instant received, String reason) {
        Instant outcomeAt = received.plus(Duration.ofDays(3));
        return document("NO_FOOTAGE_HELD", received, outcomeAt, 3.0, true, List.of(), false, reason);
    }

    private static RequestDocument decided(int days, boolean onTime) {
        Instant outcomeAt = RECEIVED.plus(Duration.ofDays(days));
        var stages = List.of(
                new RequestDocument.StageDocument("SUBMITTED", RECEIVED, RECEIVED.plus(Duration.ofDays(1)), 1.0),
                new RequestDocument.StageDocument("SEARCHING", RECEIVED.plus(Duration.ofDays(1)), outcomeAt,
                        days - 1.0),
                new RequestDocument.StageDocument("DISCLOSED", outcomeAt, null, null));
        return document("DISCLOSED", RECEIVED, outcomeAt, (double) days, onTime, stages, true, null);
    }

    private static RequestDocument open() {
        return document("SEARCHING", RECEIVED, null, null, null,
                List.of(new RequestDocument.StageDocument("SUBMITTED", RECEIVED, null, null)), true, null);
    }

    /** A request received at {@code received} about an incident the day before; its footage is long deleted. */
    private static RequestDocument document(String state, Instant received, Instant outcomeAt, Double daysToOutcome,
                                            Boolean onTime, List<RequestDocument.StageDocument> stages,
                                            boolean preserved, String noFootageReason) {
        LocalDate receivedOn = LocalDate.ofInstant(received, ZoneOffset.UTC);
        boolean open = RequestState.valueOf(state).isOpen();
        String outcome = outcomeAt == null ? null : state;
        return new RequestDocument(UUID.randomUUID().toString(), 1, "BWV-2026-9" + (int) (Math.random() * 99999),
                "E09000029", "Sutton", "South", state, open, received, receivedOn, receivedOn.minusDays(1),
                "RUNNING", receivedOn.plusMonths(1), receivedOn.plusDays(30), false, false, false,
                outcome, outcomeAt, daysToOutcome, onTime, "Sutton High Street",
                "Test account", RequestDocument.stageDays(stages), RequestDocument.stageEntries(stages), preserved,
                false, null, null, noFootageReason,
                new FacetKey("Sutton", state, outcome, false).value());
    }
}
