package org.candour.audit.web;

import org.candour.audit.ChainAnchor;
import org.candour.audit.ChainVerification;
import org.jspecify.annotations.Nullable;

/**
 * The JSON answer of {@code GET /api/v1/audit/verification}, for monitoring.
 *
 * @param problem the kind of the first break ({@code CONTENT_CHANGED}, {@code PREVIOUS_HASH_MISMATCH},
 *                {@code GAP_IN_SEQUENCE}, {@code HEAD_MISMATCH}), or null if intact
 * @param description what is wrong, in words, or null if intact
 * @param head        the chain head when the check began (sequence and hash): keep it outside the database
 * @param anchorHolds whether the anchor given with the request still holds, or null if none was given
 */
record VerificationReport(boolean intact, long entriesChecked, @Nullable Long firstBrokenSequence,
                          @Nullable String problem, @Nullable String description, ChainAnchor head,
                          @Nullable Boolean anchorHolds) {

    static VerificationReport of(ChainVerification verification, ChainAnchor head, @Nullable Boolean anchorHolds) {
        var broken = verification.firstBreak();
        return broken == null
                ? new VerificationReport(true, verification.entriesChecked(), null, null, null, head, anchorHolds)
                : new VerificationReport(false, verification.entriesChecked(), broken.sequence(),
                        broken.problem().name(), broken.description(), head, anchorHolds);
    }
}
