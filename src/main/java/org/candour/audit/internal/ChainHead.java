package org.candour.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that names the newest entry of the audit log. Appenders lock it, so entries are added one at a
 * time even across application nodes; verification compares it with the newest entry to notice entries cut off the
 * end of the log.
 */
@Entity
@Table(name = "audit_chain_head")
public class ChainHead {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected ChainHead() {
        this.id = ID;
        this.lastHash = ChainHash.GENESIS;
    }

    void advanceTo(LogEntry entry) {
        if (entry.sequence() != lastSequence + 1 || !entry.previousHash().equals(lastHash)) {
            throw new IllegalStateException("Audit entry " + entry.sequence() + " does not follow entry " + lastSequence);
        }
        this.lastSequence = entry.sequence();
        this.lastHash = entry.hash();
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastHash() {
        return lastHash;
    }
}
