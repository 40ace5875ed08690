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
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.candour.requests.RequestStates;
import org.candour.search.RequestSearch;
import org.candour.search.SearchQuery;
import org.candour.search.SearchResults;

/**
 * Turns a staff search into the four searches of one {@code _msearch}, which the node runs side by side: the page
 * of hits, the facet counts with the total, and a count each of the "overdue" and "at risk" matches.
 *
 * <p>One search doing all of it cost three times as much on a broad text query (a third of a million matches):
 * it had to score every match to count them all, and visit each one again for every aggregation. Split, the hits
 * search counts nothing, so Lucene skips the matches that cannot make the page; the facets search scores
 * nothing; and each count is a Lucene count of the query with one more filter, several times cheaper than an
 * aggregation over the matches. The counts use the very filters of "overdue only" and "at risk only", so a facet
 * always agrees with its filter.
 *
 * <p>"Overdue" and "at risk" are not stored: they are filters on the stored dates against today, so they are
 * always current.
 */
public final class RequestQueries {

    private static final int HITS = 0;
    private static final int FACETS = 1;
    private static final int OVERDUE = 2;
    private static final int AT_RISK = 3;

    private RequestQueries() {
    }

    /** One page of hits, the number of matches and the facets of them all. */
    public record Answers<T>(long total, List<Hit<T>> hits, SearchResults.Facets facets) {
    }

    /**
     * @param current whether the index has the current mapping (see {@link RequestMapping#VERSION}); false only
     *                while an index of an older mapping waits for its rebuild
     */
    public static MsearchRequest search(SearchQuery query, LocalDate today, boolean current) {
        Query open = current ? OPEN : OPEN_STATES;
        Query text = text(query);
        Query matching = Query.of(q -> q.bool(b -> filtered(b.must(text), query, today, open)));
        var searches = new RequestItem[4];
        searches[HITS] = item(hits(query, text, matching));
        searches[FACETS] = item(SearchRequest.of(s -> {
            RequestFacets.aggregate(s.size(0).trackTotalHits(t -> t.enabled(true)).query(matching), current);
            return s;
        }));
        searches[OVERDUE] = item(count(matching, overdue(today, open)));
        searches[AT_RISK] = item(count(matching, atRisk(today, open)));
        return MsearchRequest.of(m -> m.index(RequestIndex.ALIAS).searches(List.of(searches)));
    }

    /**
     * @throws IllegalStateException when one of the searches failed
     */
    public static <T> Answers<T> read(MsearchResponse<T> response) {
        var items = response.responses();
        var facets = result(items.get(FACETS));
        return new Answers<>(facets.hits().total().value(), result(items.get(HITS)).hits().hits(),
                RequestFacets.read(facets.aggregations(), total(items.get(OVERDUE)), total(items.get(AT_RISK))));
    }

    private static SearchRequest hits(SearchQuery query, Query text, Query matching) {
        return SearchRequest.of(s -> {
            s.from(query.page() * query.pageSize()).size(query.pageSize())
                    .trackTotalHits(t -> t.enabled(false))
                    .source(src -> src.filter(f -> f.includes(RequestSearch.HitSource.FIELDS)))
                    .query(matching)
                    // Only the text can match in the highlighted fields; highlighting with the whole query
                    // (dates, terms) cost several milliseconds more for the same fragments.
                    .highlight(h -> h.highlightQuery(text).preTags(String.valueOf(SearchResults.MARK_START))
                            .postTags(String.valueOf(SearchResults.MARK_END))
                            .fields(NamedValue.of("description", HighlightField.of(f -> f.fragmentSize(180)
                                            .numberOfFragments(1).noMatchSize(180))),
                                    NamedValue.of("location", HighlightField.of(f -> f.numberOfFragments(0)))));
            sort(s, query.order());
            return s;
        });
    }

    private static SearchRequest count(Query matching, Query filter) {
        return SearchRequest.of(s -> s.size(0).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.filter(matching).filter(filter))));
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
            return Query.of(q -> q.matchAll(all -> all));
        }
        return Query.of(q -> q.multiMatch(mm -> mm.query(query.text())
                .fields("description", "location^2", "reference")));
    }

    private static BoolQuery.Builder filtered(BoolQuery.Builder b, SearchQuery query, LocalDate today, Query open) {
        terms(b, "boroughName", query.boroughs());
        terms(b, "state", query.states());
        terms(b, "outcome", query.outcomes());
        if (query.overdueOnly()) {
            b.filter(overdue(today, open));
        }
        if (query.atRiskOnly()) {
            b.filter(atRisk(today, open));
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

    /** Open, and the statutory due date has passed. */
    private static Query overdue(LocalDate today, Query open) {
        return Query.of(q -> q.bool(b -> b.filter(open).filter(dueBefore(today))));
    }

    private static Query dueBefore(LocalDate today) {
        return Query.of(f -> f.range(r -> r.date(d -> d.field("dueDate").lt(today.toString()))));
    }

    private static Query footageAfter(LocalDate today) {
        return Query.of(f -> f.range(r -> r.date(d -> d.field("footageDeletionDate").gt(today.toString()))));
    }

    /** Open, and its footage is still within the 31 days, so it can yet be lost. */
    private static Query atRisk(LocalDate today, Query open) {
        return Query.of(q -> q.bool(b -> b.filter(open).filter(footageAfter(today))));
    }

    /** In an open state: one term of the stored flag, cheaper than matching the list of open states. */
    private static final Query OPEN = Query.of(q -> q.term(t -> t.field("open").value(true)));

    /** The same, for an index of an older mapping (version 1 had no {@code open} field). */
    private static final Query OPEN_STATES = Query.of(q -> q.terms(t -> t.field("state")
            .terms(v -> v.value(values(RequestStates.open())))));

    private static void terms(BoolQuery.Builder b, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            b.filter(f -> f.terms(t -> t.field(field).terms(v -> v.value(values(values)))));
        }
    }

    private static List<FieldValue> values(Collection<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }

    private static void sort(SearchRequest.Builder s, SearchQuery.Order order) {
        switch (order) {
            case RELEVANCE -> s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            case NEWEST -> s.sort(o -> o.field(f -> f.field("submittedAt").order(SortOrder.Desc)));
            case DUE_DATE -> s.sort(o -> o.field(f -> f.field("dueDate").order(SortOrder.Asc).missing("_last")));
            case URGENCY -> s.sort(o -> o.field(f -> f.field("footageDeletionDate").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("dueDate").order(SortOrder.Asc).missing("_last")));
        }
        // Many requests share a date, and the reference makes their order (so the pages) stable. Equal scores
        // keep index order, Elasticsearch's own default: a tiebreak after the score stops Lucene from skipping
        // the matches that cannot make the page, and cost 14 ms on a broad query.
        if (order != SearchQuery.Order.RELEVANCE) {
            s.sort(o -> o.field(f -> f.field("reference").order(SortOrder.Asc)));
        }
    }
}
