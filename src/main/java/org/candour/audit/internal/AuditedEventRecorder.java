package org.candour.audit.internal;

import org.candour.shared.audit.Audited;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes every {@link Audited} event to the log after the transaction that published it commits. The publication
 * stays incomplete in the outbox until the entry is written, so a failure is retried ({@link AuditRetry}), not lost.
 * Delivery is at least once: an entry written just before a crash, before its publication was marked complete, may
 * be written again on restart. For an audit log a duplicate is better than a gap.
 */
@Component
class AuditedEventRecorder {

    private final ChainAppender appender;

    AuditedEventRecorder(ChainAppender appender) {
        this.appender = appender;
    }

    @ApplicationModuleListener
    void on(Audited event) {
        appender.append(EntryContent.of(event));
    }
}
