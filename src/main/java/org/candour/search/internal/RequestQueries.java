package org.candour.search.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.candour.requests.RequestState;
import org.candour.requests.Urgency;
import org.candour.search.RequestSearch;
import org.candour.search.SearchQuery;
import org.candour.search.SearchResults;

/**
 * Turns a staff search into searches of one {@code _msearch}, which the node runs side by side: the page of hits
 * (counting nothing, so Lucene can skip what cannot make the page), the facet counts with the total, and a Lucene
 * count each of the "overdue" and "at risk" matches, made with the very filters of "overdue only" and "at risk
 * only", so a count always agrees with its filter.
 *
 * <p>"Overdue" and "at risk" are {@link Urgency}'s rules written as filters on the stored facts against today, so
 * they never go stale. "Most urgent first" ranks by the same rules in groups ({@link UrgencyGroups}): the first
 * {@code _msearch} also counts the groups' matches (three searches; the other two counts follow from the total and
 * the "at risk" count), and a second fetches the page from the groups it falls in, each group sorted on its own
 * fields, so no match is scored.
 */
public final class RequestQueries {

    private static final int FACETS = 0;
    private static final int OVERDUE = 1;
    private static final int AT_RISK = 2;
    private static final int HITS_OR_GROUPS = 3;

    private RequestQueries() {
    }

    /** One page of hits, the number of matches and the facets of them all. */
    public record Answers<T>(long total, List<Hit<T>> hits, SearchResults.Facets facets) {
    }

    /** Sends one {@code _msearch}: the Elasticsearch client's call. */
    @FunctionalInterface
    public interface Searcher<T> {
        MsearchResponse<T> msearch(MsearchRequest request) throws IOException;
    }

    /**
     * Answers the search with one {@code _msearch}, or two for "most urgent first".
     *
     * @param current whether the index has the current mapping (see {@link RequestMapping#VERSION}); false only
     *                while an index of an older mapping waits for its rebuild
     * @throws IllegalStateException when one of the searches failed
     */
    public static <T> Answers<T> answer(SearchQuery query, LocalDate today, boolean current, Searcher<T> searcher)
            throws IOException {
        Query text = text(query);
        Query matching = Query.of(q -> q.bool(b -> filtered(b.must(text), query, today, current)));
        var searches = new ArrayList<RequestItem>();
        searches.add(item(SearchRequest.of(s -> {
            RequestFacets.aggregate(s.size(0).trackTotalHits(t -> t.enabled(true)).query(matching), current);
            return s;
        })));
        searches.add(item(count(matching, overdue(today, current))));
        searches.add(item(count(matching, atRisk(today, current))));
        boolean urgency = query.order() == SearchQuery.Order.URGENCY;
        var groups = urgency ? UrgencyGroups.of(matching, overdue(today, current), atRisk(today, current),
                inStates(RequestState.open(), current)) : null;
        if (groups == null) {
            searches.add(item(page(SearchRequest.of(s -> sort(s, query.order())), matching, text,
                    query.page() * query.pageSize(), query.pageSize())));
        } else {
            groups.counted().forEach(group -> searches.add(item(count(group))));
        }
        var items = searcher.msearch(msearch(searches)).responses();
        var facets = result(items.get(FACETS));
        List<Hit<T>> hits;
        if (groups == null) {
            hits = result(items.get(HITS_OR_GROUPS)).hits().hits();
        } else {
            long[] counted = new long[groups.counted().size()];
            for (int i = 0; i < counted.length; i++) {
                counted[i] = total(items.get(HITS_OR_GROUPS + i));
            }
            long[] counts = groups.counts(facets.hits().total().value(), total(items.get(AT_RISK)), counted);
            var pages = groups.pages(counts, query.page() * query.pageSize(), query.pageSize());
            hits = new ArrayList<>();
            if (!pages.isEmpty()) {
                var pageSearches = pages.stream().map(page -> item(page(SearchRequest.of(s -> groups.sort(s,
                        page.group())), groups.filters().get(page.group()), text, page.from(), page.size())))
                        .toList();
                for (var item : searcher.msearch(msearch(pageSearches)).responses()) {
                    hits.addAll(result(item).hits().hits());
                }
            }
        }
        return new Answers<>(facets.hits().total().value(), hits,
                RequestFacets.read(facets.aggregations(), total(items.get(OVERDUE)), total(items.get(AT_RISK))));
    }

    private static MsearchRequest msearch(List<RequestItem> searches) {
        return MsearchRequest.of(m -> m.index(RequestIndex.ALIAS).searches(searches));
    }

    /** {@code from} and {@code size} hits of {@code query}, in the order {@code sorted} gives. */
    private static SearchRequest page(SearchRequest sorted, Query query, Query text, int from, int size) {
        return SearchRequest.of(s -> s.from(from).size(size)
                .trackTotalHits(t -> t.enabled(false))
                .source(src -> src.filter(f -> f.includes(RequestSearch.HitSource.FIELDS)))
                .query(query)
                .sort(sorted.sort())
                // Only the text can match in the highlighted fields.
                .highlight(h -> h.highlightQuery(text).preTags(String.valueOf(SearchResults.MARK_START))
                        .postTags(String.valueOf(SearchResults.MARK_END))
                        .fields(NamedValue.of("description", HighlightField.of(f -> f.fragmentSize(180)
                                        .numberOfFragments(1).noMatchSize(180))),
                                NamedValue.of("location", HighlightField.of(f -> f.numberOfFragments(0))))));
    }

    private static Query matchAll() {
        return Query.of(q -> q.matchAll(all -> all));
    }

    private static SearchRequest count(Query matching, Query filter) {
        return count(Query.of(q -> q.bool(b -> b.filter(matching).filter(filter))));
    }

    private static SearchRequest count(Query query) {
        return SearchRequest.of(s -> s.size(0).trackTotalHits(t -> t.enabled(true)).query(query));
    }

    private static RequestItem item(SearchRequest body) {
        return RequestItem.of(i -> i.header(h -> h).body(body));
    }

    private static <T> MultiSearchItem<T> result(MultiSearchResponseItem<T> item) {
        if (item.isFailure()) {
            throw new IllegalStateException("A search failed: " + item.failure().error().reason());
        }
        return item.result();
    }

    private static long total(MultiSearchResponseItem<?> item) {
        return result(item).hits().total().value();
    }

    private static Query text(SearchQuery query) {
        if (query.text().isBlank()) {
            return matchAll();
        }
        return Query.of(q -> q.multiMatch(mm -> mm.query(query.text())
                .fields("description", "location^2", "reference")));
    }

    private static BoolQuery.Builder filtered(BoolQuery.Builder b, SearchQuery query, LocalDate today,
                                              boolean current) {
        terms(b, "boroughName", query.boroughs());
        terms(b, "state", names(query.states()));
        terms(b, "outcome", names(query.outcomes()));
        if (query.overdueOnly()) {
            b.filter(overdue(today, current));
        }
        if (query.atRiskOnly()) {
            b.filter(atRisk(today, current));
        }
        if (query.extendedOnly()) {
            b.filter(f -> f.term(t -> t.field("extended").value(true)));
        }
        if (query.receivedFrom() != null || query.receivedTo() != null) {
            b.filter(f -> f.range(r -> r.date(d -> {
                d.field("receivedOn");
                if (query.receivedFrom() != null) {
                    d.gte(query.receivedFrom().toString());
                }
                if (query.receivedTo() != null) {
                    d.lte(query.receivedTo().toString());
                }
                return d;
            })));
        }
        return b;
    }

    /** {@link Urgency#overdue}: the clock may run and the due date is before today. */
    private static Query overdue(LocalDate today, boolean current) {
        return Query.of(q -> q.bool(b -> b.filter(inStates(Urgency.statesThatCanBeOverdue(), current))
                .filter(f -> f.range(r -> r.date(d -> d.field("dueDate").lt(today.toString()))))));
    }

    /** {@link Urgency#footageAtRisk}: open, nothing preserved, and the deletion date after today. */
    private static Query atRisk(LocalDate today, boolean current) {
        return Query.of(q -> q.bool(b -> b.filter(inStates(Urgency.statesWithFootageAtRisk(), current))
                .filter(f -> f.term(t -> t.field("preserved").value(false)))
                .filter(f -> f.range(r -> r.date(d -> d.field("footageDeletionDate").gt(today.toString()))))));
    }

    /**
     * In one of {@code states}: the open ones as one term of the stored {@code open} flag (cheaper than a list of
     * states), but only in an index of the current mapping; version 1 had no such field.
     */
    private static Query inStates(List<RequestState> states, boolean current) {
        if (current && states.equals(RequestState.open())) {
            return Query.of(q -> q.term(t -> t.field("open").value(true)));
        }
        return Query.of(q -> q.terms(t -> t.field("state").terms(v -> v.value(values(names(states))))));
    }

    private static void terms(BoolQuery.Builder b, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            b.filter(f -> f.terms(t -> t.field(field).terms(v -> v.value(values(values)))));
        }
    }

    private static List<FieldValue> values(Collection<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    private static SearchRequest.Builder sort(SearchRequest.Builder s, SearchQuery.Order order) {
        switch (order) {
            case RELEVANCE -> s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            case NEWEST -> s.sort(o -> o.field(f -> f.field("submittedAt").order(SortOrder.Desc)));
            case DUE_DATE -> s.sort(o -> o.field(f -> f.field("dueDate").order(SortOrder.Asc).missing("_last")));
            case URGENCY -> throw new IllegalArgumentException("Most urgent first is sorted by its groups");
        }
        // Many requests share a date, and the reference makes their order (so the pages) stable. Relevance has
        // no tiebreak: one after the score stops Lucene from skipping the matches that cannot make the page.
        if (order != SearchQuery.Order.RELEVANCE) {
            s.sort(o -> o.field(f -> f.field("reference").order(SortOrder.Asc)));
        }
        return s;
    }
}
