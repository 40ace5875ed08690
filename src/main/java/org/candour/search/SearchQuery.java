package org.candour.search;

import java.time.LocalDate;
import java.util.Set;
import org.candour.requests.Outcome;
import org.candour.requests.RequestState;
import org.jspecify.annotations.Nullable;

/** A staff search: free text over the incident account, facet filters, a received-date range, order and page. */
public record SearchQuery(String text, Set<String> boroughs, Set<RequestState> states,
                          Set<Outcome> outcomes,
                          boolean overdueOnly, boolean atRiskOnly, boolean extendedOnly,
                          @Nullable LocalDate receivedFrom, @Nullable LocalDate receivedTo, Order order, int page,
                          int pageSize) {

    public enum Order {
        /** Footage closest to deletion first, then the nearest statutory deadline. */
        URGENCY,
        RELEVANCE,
        NEWEST,
        DUE_DATE
    }

    public static SearchQuery everything() {
        return new SearchQuery("", Set.of(), Set.of(), Set.of(), false, false, false, null, null, Order.URGENCY, 0, 20);
    }

    public SearchQuery withText(String newText) {
        return new SearchQuery(newText, boroughs, states, outcomes, overdueOnly, atRiskOnly, extendedOnly,
                receivedFrom, receivedTo, newText.isBlank() ? order : Order.RELEVANCE, 0, pageSize);
    }
}
