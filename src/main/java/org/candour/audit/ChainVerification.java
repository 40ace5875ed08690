package org.candour.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the audit log's chain from the first entry to the newest.
 *
 * @param entriesChecked how many entries were checked (up to and including a broken one)
 * @param firstBreak     the first broken link, or null if the chain is intact
 */
public record ChainVerification(long entriesChecked, @Nullable ChainBreak firstBreak) {

    public static ChainVerification intact(long entriesChecked) {
        return new ChainVerification(entriesChecked, null);
    }

    public static ChainVerification broken(long entriesChecked, ChainBreak firstBreak) {
        return new ChainVerification(entriesChecked, firstBreak);
    }

    public boolean isIntact() {
        return firstBreak == null;
    }
}
