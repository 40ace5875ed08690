package org.candour.search;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The state of the search index against the database.
 *
 * @param health       the cluster health ("green", "yellow", "red") or "unavailable"
 * @param index        the versioned index behind the alias, if any
 * @param pendingUpdates request events not yet indexed (the outbox backlog)
 */
public record IndexStatus(String health, @Nullable String index, long documents, long requestsInDatabase,
                          long pendingUpdates, @Nullable Duration oldestPending) {

    public boolean available() {
        return !"unavailable".equals(health);
    }
}
