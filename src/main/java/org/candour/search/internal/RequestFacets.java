package org.candour.search.internal;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.candour.requests.RequestStates;
import org.candour.search.SearchResults;
import org.candour.shared.Boroughs;

/**
 * The facet counts of a search, computed over its whole result. An index of the current mapping needs three
 * aggregations: one terms aggregation on {@code facetKey}, whose buckets are summed into the borough, state,
 * outcome and extended counts, and a range aggregation on each open-only date. An index of an older mapping (until
 * its rebuild) lacks those fields and gets one aggregation per facet, as before.
 */
public final class RequestFacets {

    /** More than the facet keys that can occur (outcomes are state names, or none). */
    static final int MAX_KEYS = Boroughs.all().size() * RequestStates.all().size()
            * (RequestStates.all().size() + 1) * 2;

    private static final Comparator<SearchResults.Count> MOST_FIRST = Comparator
            .comparingLong(SearchResults.Count::count).reversed().thenComparing(SearchResults.Count::value);

    private RequestFacets() {
    }

    static void aggregate(SearchRequest.Builder s, LocalDate today, boolean current) {
        if (current) {
            s.aggregations("facets", a -> a.terms(t -> t.field("facetKey").size(MAX_KEYS)))
                    .aggregations("overdue", a -> a.dateRange(r -> r.field("openDueDate")
                            .ranges(range -> range.to(m -> m.expr(today.toString())))))
                    // From is inclusive and the dates are whole days: tomorrow onwards is "after today".
                    .aggregations("atRisk", a -> a.dateRange(r -> r.field("openFootageDeletionDate")
                            .ranges(range -> range.from(m -> m.expr(today.plusDays(1).toString())))));
        } else {
            Query open = RequestQueries.OPEN_STATES;
            s.aggregations("boroughs", a -> a.terms(t -> t.field("boroughName").size(40)))
                    .aggregations("states", a -> a.terms(t -> t.field("state").size(20)))
                    .aggregations("outcomes", a -> a.terms(t -> t.field("outcome").size(10)))
                    .aggregations("open", a -> a.filter(open)
                            .aggregations("overdue", o -> o.filter(RequestQueries.dueBefore(today)))
                            .aggregations("atRisk", o -> o.filter(RequestQueries.footageAfter(today))))
                    .aggregations("extended", a -> a.filter(f -> f.term(t -> t.field("extended").value(true))));
        }
    }

    public static SearchResults.Facets read(Map<String, Aggregate> aggregations) {
        return aggregations.containsKey("facets") ? fromKeys(aggregations) : perFacet(aggregations);
    }

    private static SearchResults.Facets fromKeys(Map<String, Aggregate> aggregations) {
        var terms = aggregations.get("facets").sterms();
        if (terms.sumOtherDocCount() != null && terms.sumOtherDocCount() > 0) {
            throw new IllegalStateException("More facet keys than " + MAX_KEYS + ": the counts would be incomplete");
        }
        var boroughs = new TreeMap<String, Long>();
        var states = new TreeMap<String, Long>();
        var outcomes = new TreeMap<String, Long>();
        long extended = 0;
        for (var bucket : terms.buckets().array()) {
            FacetKey key = FacetKey.parse(bucket.key().stringValue());
            boroughs.merge(key.boroughName(), bucket.docCount(), Long::sum);
            states.merge(key.state(), bucket.docCount(), Long::sum);
            if (key.outcome() != null) {
                outcomes.merge(key.outcome(), bucket.docCount(), Long::sum);
            }
            if (key.extended()) {
                extended += bucket.docCount();
            }
        }
        return new SearchResults.Facets(counts(boroughs), counts(states), counts(outcomes),
                rangeCount(aggregations, "overdue"), rangeCount(aggregations, "atRisk"), extended);
    }

    /** As a terms aggregation orders its buckets: most first, then by value. */
    private static List<SearchResults.Count> counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new SearchResults.Count(e.getKey(), e.getValue()))
                .sorted(MOST_FIRST).toList();
    }

    private static long rangeCount(Map<String, Aggregate> aggregations, String name) {
        return aggregations.get(name).dateRange().buckets().array().getFirst().docCount();
    }

    private static SearchResults.Facets perFacet(Map<String, Aggregate> aggregations) {
        var open = aggregations.get("open").filter().aggregations();
        Function<String, List<SearchResults.Count>> terms = name -> aggregations.get(name).sterms().buckets().array()
                .stream().map(b -> new SearchResults.Count(b.key().stringValue(), b.docCount())).toList();
        return new SearchResults.Facets(terms.apply("boroughs"), terms.apply("states"), terms.apply("outcomes"),
                open.get("overdue").filter().docCount(), open.get("atRisk").filter().docCount(),
                aggregations.get("extended").filter().docCount());
    }
}
