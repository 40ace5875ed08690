package org.candour.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.candour.shared.audit.Audited;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/**
 * One entry of the audit log, linked to the one before it by {@code previousHash}. Immutable: Hibernate never
 * writes it after the insert, and the repository has no way to change or delete it. What is stored is hashed as it
 * is, without the checks of {@link EntryContent}, so a tampered row is reported by verification, not refused.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class LogEntry implements Audited, Persistable<Long> {

    @Id
    @Column(name = "sequence_number")
    private long sequence;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String hash;

    @Column(name = "actor", nullable = false, length = EntryContent.ACTOR_MAX)
    private String actor;

    @Column(name = "action", nullable = false, length = EntryContent.ACTION_MAX)
    private String action;

    @Column(name = "subject", nullable = false, length = EntryContent.SUBJECT_MAX)
    private String subject;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "details", nullable = false, length = EntryContent.DETAILS_MAX)
    private String details;

    /** Only an entry made by {@link #after} is new; one read from the database is not, so it is never merged. */
    @Transient
    private boolean isNew;

    protected LogEntry() {
        this.previousHash = this.hash = this.actor = this.action = this.subject = this.details = "";
        this.at = Instant.EPOCH;
    }

    private LogEntry(long sequence, String previousHash, EntryContent content) {
        this.sequence = sequence;
        this.previousHash = previousHash;
        this.actor = content.actor();
        this.action = content.action();
        this.subject = content.subject();
        this.at = content.at();
        this.details = content.details();
        this.hash = ChainHash.of(sequence, previousHash, content);
        this.isNew = true;
    }

    /** The entry that follows the chain's current head. */
    static LogEntry after(ChainHead head, EntryContent content) {
        return new LogEntry(head.lastSequence() + 1, head.lastHash(), content);
    }

    /** The hash this entry should have, computed again from what is stored now. */
    String recomputedHash() {
        return ChainHash.of(sequence, previousHash, this);
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.isNew = false;
    }

    @Override
    public Long getId() {
        return sequence;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public long sequence() {
        return sequence;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }

    @Override
    public String actor() {
        return actor;
    }

    @Override
    public String action() {
        return action;
    }

    @Override
    public String subject() {
        return subject;
    }

    @Override
    public Instant at() {
        return at;
    }

    @Override
    public String details() {
        return details;
    }
}
