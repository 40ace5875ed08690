package org.candour.audit.internal;

import org.candour.audit.ChainVerification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Walks the chain up to the head as it stood when the check began, one page of entries at a time (each page read
 * on its own, so memory does not grow with the log), and stops at the first broken link.
 */
@Component
public class ChainVerifier {

    private final ChainHeadRepository heads;
    private final LogEntryRepository entries;
    private final int pageSize;

    ChainVerifier(ChainHeadRepository heads, LogEntryRepository entries,
                  @Value("${candour.audit.verify-page-size:500}") int pageSize) {
        this.heads = heads;
        this.entries = entries;
        this.pageSize = pageSize;
    }

    public ChainVerification verify() {
        var head = heads.read();
        var walk = new ChainWalk();
        long next = 1;
        while (next <= head.lastSequence()) {
            var page = entries.findBySequenceBetweenOrderBySequenceAsc(next, head.lastSequence(), Limit.of(pageSize));
            if (page.isEmpty()) {
                break;
            }
            for (var entry : page) {
                if (!walk.accept(entry)) {
                    return walk.result();
                }
            }
            next = page.getLast().sequence() + 1;
        }
        walk.end(head.lastSequence(), head.lastHash());
        return walk.result();
    }
}
