package org.candour.footage;

import java.time.YearMonth;

/** How many recordings of a borough the retention sweep recorded as deleted at source in a month. */
public record DeletionCount(String boroughCode, YearMonth month, long deletions) {
}
