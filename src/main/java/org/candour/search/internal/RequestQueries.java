package org.candour.search.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.util.NamedValue;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.candour.requests.RequestStates;
import org.candour.search.RequestSearch;
import org.candour.search.SearchQuery;
import org.candour.search.SearchResults;

/**
 * Turns a staff search into an Elasticsearch request. "Overdue" and "at risk" are not stored: they are filters on
 * the stored dates against today, so they are always current.
 */
public final class RequestQueries {

    private RequestQueries() {
    }

    /**
     * @param current whether the index has the current mapping (see {@link RequestMapping#VERSION}); false only
     *                while an index of an older mapping waits for its rebuild
     */
    public static SearchRequest search(SearchQuery query, LocalDate today, boolean current) {
        Query open = current ? OPEN : OPEN_STATES;
        return SearchRequest.of(s -> {
            Query text = text(query);
            s.index(RequestIndex.ALIAS).from(query.page() * query.pageSize()).size(query.pageSize())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(RequestSearch.HitSource.FIELDS)))
                    .query(q -> q.bool(b -> filtered(b.must(text), query, today, open)))
                    // Only the text can match in the highlighted fields; highlighting with the whole query
                    // (dates, terms) cost several milliseconds more for the same fragments.
                    .highlight(h -> h.highlightQuery(text).preTags(String.valueOf(SearchResults.MARK_START))
                            .postTags(String.valueOf(SearchResults.MARK_END))
                            .fields(NamedValue.of("description", HighlightField.of(f -> f.fragmentSize(180)
                                            .numberOfFragments(1).noMatchSize(180))),
                                    NamedValue.of("location", HighlightField.of(f -> f.numberOfFragments(0)))));
            RequestFacets.aggregate(s, today, current);
            sort(s, query.order());
            return s;
        });
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
    static Query overdue(LocalDate today, Query open) {
        return Query.of(q -> q.bool(b -> b.filter(open).filter(dueBefore(today))));
    }

    static Query dueBefore(LocalDate today) {
        return Query.of(f -> f.range(r -> r.date(d -> d.field("dueDate").lt(today.toString()))));
    }

    static Query footageAfter(LocalDate today) {
        return Query.of(f -> f.range(r -> r.date(d -> d.field("footageDeletionDate").gt(today.toString()))));
    }

    /** Open, and its footage is still within the 31 days, so it can yet be lost. */
    static Query atRisk(LocalDate today, Query open) {
        return Query.of(q -> q.bool(b -> b.filter(open).filter(footageAfter(today))));
    }

    /** In an open state: one term of the stored flag, cheaper than matching the list of open states. */
    private static final Query OPEN = Query.of(q -> q.term(t -> t.field("open").value(true)));

    /** The same, for an index of an older mapping (version 1 had no {@code open} field). */
    static final Query OPEN_STATES = Query.of(q -> q.terms(t -> t.field("state")
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
        s.sort(o -> o.field(f -> f.field("reference").order(SortOrder.Asc)));
    }
}
