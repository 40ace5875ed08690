package org.candour.audit.web;

import org.candour.audit.ChainVerification;
import org.jspecify.annotations.Nullable;

/**
 * The JSON answer of {@code GET /api/v1/audit/verification}, for monitoring.
 *
 * @param problem the kind of the first break ({@code CONTENT_CHANGED}, {@code PREVIOUS_HASH_MISMATCH},
 *                {@code GAP_IN_SEQUENCE}, {@code HEAD_MISMATCH}), or null if intact
 * @param description what is wrong, in words, or null if intact
 */
record VerificationReport(boolean intact, long entriesChecked, @Nullable Long firstBrokenSequence,
                          @Nullable String problem, @Nullable String description) {

    static VerificationReport of(ChainVerification verification) {
        var broken = verification.firstBreak();
        return broken == null ? new VerificationReport(true, verification.entriesChecked(), null, null, null)
                : new VerificationReport(false, verification.entriesChecked(), broken.sequence(),
                        broken.problem().name(), broken.description());
    }
}
