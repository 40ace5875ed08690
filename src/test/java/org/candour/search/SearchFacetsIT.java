package org.candour.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.candour.requests.ClockStatus;
import org.candour.requests.Outcome;
import org.candour.requests.RequestSnapshot;
import org.candour.requests.RequestState;
import org.candour.search.SearchResults.Count;
import org.candour.search.internal.RequestDocument;
import org.candour.search.internal.RequestIndex;
import org.candour.search.internal.RequestQueries;
import org.candour.shared.LondonTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Facet counts over known documents (in Havering and Harrow, boroughs no other search test files in), with the
 * "overdue" and "at risk" boundaries on today, and the same counts from the per-facet aggregations an index of an
 * older mapping gets.
 */
@SpringBootTest
class SearchFacetsIT {

    private static final String WORD = "quokkas";

    @Autowired
    RequestSearch search;
    @Autowired
    RequestIndex index;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    Clock clock;

    @Test
    void countEveryFacetOfTheWholeResult() throws IOException {
        LocalDate today = LondonTime.today(clock);
        index.ensureExists();
        List.of(open("E09000016", "SEARCHING", today.minusDays(1), today.plusDays(5), true),
                open("E09000016", "SEARCHING", today.plusDays(10), today.minusDays(1), false),
                open("E09000016", "SUBMITTED", null, today, false),
                decided("E09000016", "DISCLOSED", today.minusDays(40), today.plusDays(1), false),
                decided("E09000016", "REFUSED", today.minusDays(40), today.minusDays(20), true),
                open("E09000015", "SEARCHING", today, today.plusDays(1), false),
                decided("E09000015", "DISCLOSED", today.minusDays(3), today.minusDays(2), false))
                .forEach(this::put);
        client.indices().refresh(r -> r.index(RequestIndex.ALIAS));
        var query = new SearchQuery(WORD, Set.of("Havering", "Harrow"), Set.of(), Set.of(), false, false, false,
                null, null, SearchQuery.Order.RELEVANCE, 0, 20);

        var results = search.search(query);

        assertThat(results.total()).isEqualTo(7);
        var facets = results.facets();
        assertThat(facets.boroughs()).containsExactly(new Count<>("Havering", 5), new Count<>("Harrow", 2));
        assertThat(facets.states()).containsExactly(new Count<>(RequestState.SEARCHING, 3),
                new Count<>(RequestState.DISCLOSED, 2), new Count<>(RequestState.REFUSED, 1),
                new Count<>(RequestState.SUBMITTED, 1));
        assertThat(facets.outcomes()).containsExactly(new Count<>(Outcome.DISCLOSED, 2),
                new Count<>(Outcome.REFUSED, 1));
        assertThat(facets.overdue()).isEqualTo(1);
        assertThat(facets.atRisk()).isEqualTo(2);
        assertThat(facets.extended()).isEqualTo(2);
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.snippet())
                .contains(SearchResults.MARK_START + WORD + SearchResults.MARK_END));

        var perFacet = RequestQueries.answer(query, today, false, request -> client.msearch(request, Void.class));
        assertThat(perFacet.facets()).isEqualTo(facets);
        assertThat(perFacet.total()).isEqualTo(results.total());
    }

    private void put(RequestSnapshot snapshot) {
        try {
            index.put(RequestDocument.of(snapshot), RequestIndex.ALIAS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RequestSnapshot open(String borough, String state, LocalDate due, LocalDate footageDeleted,
                                        boolean extended) {
        return snapshot(borough, state, due, footageDeleted, extended, null);
    }

    private static RequestSnapshot decided(String borough, String state, LocalDate due, LocalDate footageDeleted,
                                           boolean extended) {
        return snapshot(borough, state, due, footageDeleted, extended, state);
    }

    private static RequestSnapshot snapshot(String borough, String state, LocalDate due, LocalDate footageDeleted,
                                            boolean extended, String outcome) {
        Instant submitted = footageDeleted.minusDays(30).atStartOfDay(LondonTime.ZONE).toInstant();
        LocalDate received = footageDeleted.minusDays(30);
        return new RequestSnapshot(UUID.randomUUID(), 1, "BWV-2026-" + (8_000_000 + (int) (Math.random() * 999_999)),
                borough, RequestState.valueOf(state), submitted, received, received.minusDays(1), ClockStatus.RUNNING,
                due, footageDeleted, extended, false, false, "High Street",
                "Two " + WORD + " were seen near the bus stop.", outcome == null ? null : Outcome.valueOf(outcome),
                outcome == null ? null : submitted.plusSeconds(86_400), List.of(), false, false, null, null, null);
    }
}
