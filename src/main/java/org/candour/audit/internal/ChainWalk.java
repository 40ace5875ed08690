package org.candour.audit.internal;

import org.candour.audit.ChainBreak;
import org.candour.audit.ChainBreak.Problem;
import org.candour.audit.ChainVerification;
import org.jspecify.annotations.Nullable;

/**
 * The checks made on each entry, in sequence order, until the first break: no entry missing, linked to the entry
 * before it, contents matching its hash; and at the end, the newest entry being the one the chain head names.
 */
final class ChainWalk {

    private long expectedSequence = 1;
    private String expectedPreviousHash = ChainHash.GENESIS;
    private long checked;
    private @Nullable ChainBreak firstBreak;

    /** Checks the next entry; false once the chain is broken. */
    boolean accept(LogEntry entry) {
        if (entry.sequence() != expectedSequence) {
            return broken(Problem.GAP_IN_SEQUENCE, expectedSequence, missing(expectedSequence, entry.sequence() - 1)
                    + (expectedSequence == 1 ? ": the log starts at entry " + entry.sequence() + "."
                            : ": the entry after " + (expectedSequence - 1) + " is " + entry.sequence() + "."));
        }
        checked++;
        if (!entry.previousHash().equals(expectedPreviousHash)) {
            return broken(Problem.PREVIOUS_HASH_MISMATCH, entry.sequence(), entry.sequence() == 1
                    ? "Entry 1 does not start the chain: its previous hash is not the starting value."
                    : "Entry " + entry.sequence() + " does not link to entry " + (entry.sequence() - 1)
                            + ": its previous hash is not that entry's hash, so entry " + (entry.sequence() - 1)
                            + " was replaced or this link was changed.");
        }
        if (!entry.recomputedHash().equals(entry.hash())) {
            return broken(Problem.CONTENT_CHANGED, entry.sequence(), "Entry " + entry.sequence()
                    + " was changed after it was written: its contents no longer match its hash.");
        }
        expectedSequence++;
        expectedPreviousHash = entry.hash();
        return true;
    }

    /** Checks that the walk reached the newest entry the chain head names. */
    void end(long headSequence, String headHash) {
        long last = expectedSequence - 1;
        if (last < headSequence) {
            broken(Problem.GAP_IN_SEQUENCE, expectedSequence, missing(expectedSequence, headSequence)
                    + " from the end of the log: the newest entry should be " + headSequence + ".");
        } else if (!expectedPreviousHash.equals(headHash)) {
            broken(Problem.HEAD_MISMATCH, last, "Entry " + last + " is not the newest entry the chain head "
                    + "recorded: the end of the log was rewritten.");
        }
    }

    ChainVerification result() {
        return firstBreak == null ? ChainVerification.intact(checked) : ChainVerification.broken(checked, firstBreak);
    }

    private boolean broken(Problem problem, long sequence, String description) {
        if (firstBreak == null) {
            firstBreak = new ChainBreak(sequence, problem, description);
        }
        return false;
    }

    private static String missing(long from, long to) {
        return from == to ? "Entry " + from + " is missing" : "Entries " + from + " to " + to + " are missing";
    }
}
