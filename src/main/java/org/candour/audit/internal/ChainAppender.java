package org.candour.audit.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds entries to the end of the chain one at a time: it locks the chain head row (so concurrent listeners, callers
 * and other application nodes wait their turn), links the new entry to the head and moves the head on.
 */
@Component
public class ChainAppender {

    private final ChainHeadRepository heads;
    private final LogEntryRepository entries;

    ChainAppender(ChainHeadRepository heads, LogEntryRepository entries) {
        this.heads = heads;
        this.entries = entries;
    }

    @Transactional
    public LogEntry append(EntryContent content) {
        var head = heads.lockForAppend();
        var entry = entries.save(LogEntry.after(head, content));
        head.advanceTo(entry);
        return entry;
    }
}
