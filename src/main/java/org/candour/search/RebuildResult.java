package org.candour.search;

import java.time.Duration;

/** What a rebuild did: the new index now behind the alias, documents written and refused, and how long it took. */
public record RebuildResult(String index, long indexed, long failed, Duration took) {

    public double documentsPerSecond() {
        return took.isZero() ? 0 : indexed * 1000.0 / took.toMillis();
    }
}
