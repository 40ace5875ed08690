package org.candour.search.internal;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.candour.requests.Outcome;
import org.candour.requests.RequestState;
import org.candour.search.SearchResults;
import org.candour.shared.Boroughs;

/**
 * The borough, state, outcome and extended counts of a search, computed over its whole result ("overdue" and "at
 * risk" are counted by searches of their own: see {@link RequestQueries}). An index of the current mapping needs
 * one terms aggregation on {@code facetKey}, whose buckets are summed into the four; an index of an older mapping
 * (until its rebuild) lacks that field and gets one aggregation per facet, as before.
 */
public final class RequestFacets {

    /** More than the facet keys that can occur (outcomes are state names, or none). */
    static final int MAX_KEYS = Boroughs.all().size() * RequestState.values().length
            * (Outcome.values().length + 1) * 2;

    private RequestFacets() {
    }

    static void aggregate(SearchRequest.Builder s, boolean current) {
        if (current) {
            s.aggregations("facets", a -> a.terms(t -> t.field("facetKey").size(MAX_KEYS)));
        } else {
            s.aggregations("boroughs", a -> a.terms(t -> t.field("boroughName").size(40)))
                    .aggregations("states", a -> a.terms(t -> t.field("state").size(20)))
                    .aggregations("outcomes", a -> a.terms(t -> t.field("outcome").size(10)))
                    .aggregations("extended", a -> a.filter(f -> f.term(t -> t.field("extended").value(true))));
        }
    }

    static SearchResults.Facets read(Map<String, Aggregate> aggregations, long overdue, long atRisk) {
        return aggregations.containsKey("facets") ? fromKeys(aggregations, overdue, atRisk)
                : perFacet(aggregations, overdue, atRisk);
    }

    private static SearchResults.Facets fromKeys(Map<String, Aggregate> aggregations, long overdue, long atRisk) {
        var terms = aggregations.get("facets").sterms();
        if (terms.sumOtherDocCount() != null && terms.sumOtherDocCount() > 0) {
            throw new IllegalStateException("More facet keys than " + MAX_KEYS + ": the counts would be incomplete");
        }
        var boroughs = new TreeMap<String, Long>();
        var states = new TreeMap<RequestState, Long>();
        var outcomes = new TreeMap<Outcome, Long>();
        long extended = 0;
        for (var bucket : terms.buckets().array()) {
            FacetKey key = FacetKey.parse(bucket.key().stringValue());
            boroughs.merge(key.boroughName(), bucket.docCount(), Long::sum);
            states.merge(RequestState.valueOf(key.state()), bucket.docCount(), Long::sum);
            if (key.outcome() != null) {
                outcomes.merge(Outcome.valueOf(key.outcome()), bucket.docCount(), Long::sum);
            }
            if (key.extended()) {
                extended += bucket.docCount();
            }
        }
        return new SearchResults.Facets(counts(boroughs), counts(states), counts(outcomes), overdue, atRisk,
                extended);
    }

    /** As a terms aggregation orders its buckets: most first, then by the stored value (a state's name). */
    private static <T> List<SearchResults.Count<T>> counts(Map<T, Long> counts) {
        return counts.entrySet().stream().map(e -> new SearchResults.Count<>(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(SearchResults.Count<T>::count).reversed()
                        .thenComparing(count -> count.value().toString())).toList();
    }

    private static SearchResults.Facets perFacet(Map<String, Aggregate> aggregations, long overdue, long atRisk) {
        return new SearchResults.Facets(terms(aggregations, "boroughs", value -> value),
                terms(aggregations, "states", RequestState::valueOf), terms(aggregations, "outcomes", Outcome::valueOf),
                overdue, atRisk, aggregations.get("extended").filter().docCount());
    }

    private static <T> List<SearchResults.Count<T>> terms(Map<String, Aggregate> aggregations, String name,
                                                          Function<String, T> value) {
        return aggregations.get(name).sterms().buckets().array().stream()
                .map(b -> new SearchResults.Count<>(value.apply(b.key().stringValue()), b.docCount())).toList();
    }
}
