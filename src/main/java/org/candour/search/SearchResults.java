package org.candour.search;

import java.time.LocalDate;
import java.util.List;
import org.candour.requests.Outcome;
import org.candour.requests.RequestState;
import org.jspecify.annotations.Nullable;

/** One page of hits and the facet counts of the whole result. */
public record SearchResults(long total, List<Hit> hits, Facets facets) {

    /**
     * A matching request. {@code snippet} is text with matched words between {@link #MARK_START} and
     * {@link #MARK_END}, so the UI can highlight them without interpreting any HTML.
     */
    public record Hit(String reference, String boroughName, RequestState state, LocalDate receivedOn,
                      @Nullable LocalDate dueDate, LocalDate footageDeletionDate, boolean overdue, boolean atRisk,
                      boolean extended, String snippet) {
    }

    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';

    public record Facets(List<Count<String>> boroughs, List<Count<RequestState>> states,
                         List<Count<Outcome>> outcomes, long overdue, long atRisk,
                         long extended) {
    }

    public record Count<T>(T value, long count) {
    }
}
