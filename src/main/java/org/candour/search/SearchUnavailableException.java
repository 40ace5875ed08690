package org.candour.search;

/** Search cannot answer now (Elasticsearch is down); {@code pendingUpdates} changes wait in the outbox meanwhile. */
public class SearchUnavailableException extends RuntimeException {

    private final long pendingUpdates;

    public SearchUnavailableException(long pendingUpdates, Throwable cause) {
        super("Search is temporarily unavailable; " + pendingUpdates + " updates pending", cause);
        this.pendingUpdates = pendingUpdates;
    }

    public long pendingUpdates() {
        return pendingUpdates;
    }
}
