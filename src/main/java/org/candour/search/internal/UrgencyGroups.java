package org.candour.search.internal;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * "Most urgent first", as the casework queue orders requests, as groups of matches in order, each sorted on stored
 * fields:
 * <ol>
 * <li>footage at risk, soonest deletion first;</li>
 * <li>overdue (and not at risk), then overdue requests no longer open (an internal review);</li>
 * <li>the other open requests;</li>
 * <li>the rest, with an outcome.</li>
 * </ol>
 * Within a group, by due date (none last), date received and reference. A page is cut from the groups by their
 * counts ({@link #pages}), so no match is scored: a search of every request is a few sorted top-N searches instead
 * of a score for each of a million documents.
 *
 * <p>The groups share out the matches: footage can be at risk only while a request is open
 * ({@link org.candour.requests.Urgency#statesWithFootageAtRisk()}), so the last group (neither open nor overdue)
 * holds none at risk. Only the middle groups need a count of their own ({@link #counted}): the first is the "at risk"
 * count the facets show, and the last is what the others leave of the total ({@link #counts}).
 */
record UrgencyGroups(List<Query> filters) {

    private static final int AT_RISK = 0;
    private static final int REST = 4;

    /** A slice of one group: its {@code size} matches from {@code from}, in the group's order. */
    record Page(int group, int from, int size) {
    }

    static UrgencyGroups of(Query matching, Query overdue, Query atRisk, Query open) {
        return new UrgencyGroups(List.of(
                all(List.of(matching, atRisk), List.of()),
                all(List.of(matching, overdue, open), List.of(atRisk)),
                all(List.of(matching, overdue), List.of(open, atRisk)),
                all(List.of(matching, open), List.of(overdue, atRisk)),
                all(List.of(matching), List.of(open, overdue))));
    }

    /** The groups whose matches are counted by a search of their own. */
    List<Query> counted() {
        return filters.subList(AT_RISK + 1, REST);
    }

    /**
     * Each group's count: {@code atRisk} for the first, {@code counted} (of {@link #counted}'s searches) for the
     * middle ones, and the rest of {@code total} for the last.
     */
    long[] counts(long total, long atRisk, long[] counted) {
        long[] counts = new long[filters.size()];
        counts[AT_RISK] = atRisk;
        System.arraycopy(counted, 0, counts, AT_RISK + 1, counted.length);
        counts[REST] = total - LongStream.of(counted).sum() - atRisk;
        if (counts[REST] < 0) {
            throw new IllegalStateException("The urgency groups' counts exceed the " + total + " matches");
        }
        return counts;
    }

    /** The slices that make the page of {@code size} matches from {@code offset}, given each group's count. */
    List<Page> pages(long[] counts, int offset, int size) {
        var pages = new ArrayList<Page>();
        long skip = offset;
        int wanted = size;
        for (int group = 0; group < counts.length && wanted > 0; group++) {
            if (skip >= counts[group]) {
                skip -= counts[group];
                continue;
            }
            int take = (int) Math.min(wanted, counts[group] - skip);
            pages.add(new Page(group, (int) skip, take));
            wanted -= take;
            skip = 0;
        }
        return pages;
    }

    /** The group's order. */
    SearchRequest.Builder sort(SearchRequest.Builder s, int group) {
        if (group == AT_RISK) {
            s.sort(o -> o.field(f -> f.field("footageDeletionDate").order(SortOrder.Asc)));
        }
        return s.sort(o -> o.field(f -> f.field("dueDate").order(SortOrder.Asc).missing("_last")))
                .sort(o -> o.field(f -> f.field("receivedOn").order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field("reference").order(SortOrder.Asc)));
    }

    private static Query all(List<Query> in, List<Query> notIn) {
        return Query.of(q -> q.bool(b -> b.filter(in).mustNot(notIn)));
    }
}
