package org.candour.audit;

/**
 * The first place where the audit log's chain does not hold.
 *
 * @param sequence    the sequence number of the first broken link: the entry that was changed or is missing
 * @param problem     what kind of break it is
 * @param description what is wrong, in words for the administrator
 */
public record ChainBreak(long sequence, Problem problem, String description) {

    public enum Problem {
        /** The entry's contents no longer match its own hash: it (or its hash) was changed after it was written. */
        CONTENT_CHANGED,
        /** The entry's previous hash is not the hash of the entry before it: that entry was replaced. */
        PREVIOUS_HASH_MISMATCH,
        /** Entries are missing: sequence numbers jump, or the log ends before the newest entry recorded. */
        GAP_IN_SEQUENCE,
        /** The newest entry is not the one the chain head recorded: the end of the log was rewritten. */
        HEAD_MISMATCH
    }
}
