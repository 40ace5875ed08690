package org.candour.audit;

import java.time.Clock;
import org.candour.audit.internal.ChainAppender;
import org.candour.audit.internal.ChainHash;
import org.candour.audit.internal.ChainHeadRepository;
import org.candour.audit.internal.ChainVerifier;
import org.candour.audit.internal.EntryContent;
import org.candour.audit.internal.LogEntry;
import org.candour.audit.internal.LogEntryRepository;
import org.candour.shared.audit.AuditTrail;
import org.candour.shared.audit.Audited;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log. Most entries arrive as {@link Audited} events through the outbox; {@code record} is for callers
 * that must audit inside their own transaction, so that, for example, requester details are never shown without an
 * entry saying who saw them. Other modules call it through {@link AuditTrail} (in shared), not through this class.
 * Recording waits for the chain head, which it then holds until the caller's transaction ends: record last in short
 * transactions. Blank or over-long fields and control characters are refused with {@link IllegalArgumentException}.
 */
@Service
public class AuditLog implements AuditTrail {

    private final ChainAppender appender;
    private final ChainVerifier verifier;
    private final LogEntryRepository entries;
    private final ChainHeadRepository heads;
    private final Clock clock;

    AuditLog(ChainAppender appender, ChainVerifier verifier, LogEntryRepository entries, ChainHeadRepository heads,
             Clock clock) {
        this.appender = appender;
        this.heads = heads;
        this.verifier = verifier;
        this.entries = entries;
        this.clock = clock;
    }

    /** Records what happened now, in the caller's transaction if there is one. */
    @Transactional
    public AuditEntry record(String actor, String action, String subject, String details) {
        return view(appender.append(new EntryContent(actor, action, subject, clock.instant(), details)));
    }

    /** Records an event at the instant it carries, in the caller's transaction if there is one. */
    @Override
    @Transactional
    public void record(Audited event) {
        appender.append(EntryContent.of(event));
    }

    /** Entries matching the filter, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> list(AuditFilter filter, Pageable pageable) {
        var newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "sequence"));
        return entries.findBySubjectContainingIgnoreCaseAndActorContainingIgnoreCase(filter.subject(),
                filter.actor(), newestFirst).map(AuditLog::view);
    }

    /**
     * Walks the whole chain in order, a page at a time, recomputing every hash; reports the first broken link.
     * Entries added while it runs are left for the next check.
     */
    public ChainVerification verify() {
        return verifier.verify();
    }

    /** The newest entry's sequence and hash, to publish outside the database. */
    @Transactional(readOnly = true)
    public ChainAnchor head() {
        var head = heads.read();
        return new ChainAnchor(head.lastSequence(), head.lastHash());
    }

    /** Whether the entry at the anchor's sequence still has the anchor's hash (an empty log holds the genesis). */
    @Transactional(readOnly = true)
    public boolean holds(ChainAnchor anchor) {
        if (anchor.sequence() == 0) {
            return anchor.hash().equals(ChainHash.GENESIS);
        }
        return entries.findBySequence(anchor.sequence()).map(entry -> entry.hash().equals(anchor.hash()))
                .orElse(false);
    }

    private static AuditEntry view(LogEntry entry) {
        return new AuditEntry(entry.sequence(), entry.at(), entry.actor(), entry.action(), entry.subject(),
                entry.details(), entry.previousHash(), entry.hash());
    }
}
