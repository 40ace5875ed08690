package org.candour.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.candour.requests.RequestState;
import org.candour.requests.Urgency;
import org.candour.search.internal.PendingUpdates;
import org.candour.search.internal.RequestIndex;
import org.candour.search.internal.SearchAccess;
import org.candour.search.internal.RequestQueries;
import org.candour.search.internal.Snippet;
import org.candour.shared.LondonTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Staff search over the request read model: full text, facets, date range, order, paging and highlights. */
@Service
public class RequestSearch {

    private final ElasticsearchClient client;
    private final PendingUpdates pending;
    private final Clock clock;
    private final RequestIndex index;

    RequestSearch(ElasticsearchClient client, PendingUpdates pending, Clock clock, RequestIndex index) {
        this.client = client;
        this.index = index;
        this.pending = pending;
        this.clock = clock;
    }

    /** @throws SearchUnavailableException when Elasticsearch cannot be reached */
    public SearchResults search(SearchQuery query) {
        SearchAccess.require("search all requests");
        LocalDate today = LondonTime.today(clock);
        RequestQueries.Answers<HitSource> answers;
        try {
            answers = RequestQueries.answer(query, today, index.hasCurrentMapping(),
                    request -> client.msearch(request, HitSource.class));
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException(pending.backlog().count(), e);
        }
        var hits = answers.hits().stream().map(hit -> hit(hit, today)).toList();
        return new SearchResults(answers.total(), hits, answers.facets());
    }

    /**
     * The fields of a request document a hit shows (the request fetches only these): it reads documents of
     * every mapping version, and keeps the responses small.
     */
    public record HitSource(String reference, String boroughName, RequestState state, LocalDate receivedOn,
                            @Nullable LocalDate dueDate, LocalDate footageDeletionDate, boolean extended,
                            boolean preserved, String description) {

        public static final List<String> FIELDS = List.of("reference", "boroughName", "state", "receivedOn",
                "dueDate", "footageDeletionDate", "extended", "preserved", "description");
    }

    private static SearchResults.Hit hit(Hit<HitSource> hit, LocalDate today) {
        HitSource d = hit.source();
        var fragments = hit.highlight().getOrDefault("description", List.of());
        String snippet = Snippet.of(fragments.isEmpty() ? null : fragments.getFirst(), d.description());
        return new SearchResults.Hit(d.reference(), d.boroughName(), d.state(), d.receivedOn(), d.dueDate(),
                d.footageDeletionDate(), Urgency.overdue(d.state(), d.dueDate(), today),
                Urgency.footageAtRisk(d.state(), d.footageDeletionDate(), d.preserved(), today), d.extended(),
                snippet);
    }
}
