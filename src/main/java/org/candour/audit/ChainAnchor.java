package org.candour.audit;

/**
 * A point of the chain published outside the database: the sequence and hash of an entry (the head when it was
 * taken; sequence 0 and the genesis hash for an empty log). Whoever keeps anchors (monitoring, a log shipper) can
 * later ask whether the entry still has that hash: a rewrite of the whole table, chain included, cannot keep it.
 */
public record ChainAnchor(long sequence, String hash) {

    public ChainAnchor {
        if (sequence < 0 || hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("An anchor is a sequence from 0 and a SHA-256 hash in lower-case hex");
        }
    }
}
