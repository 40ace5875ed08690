package org.candour.disclosure.review;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;
import org.candour.disclosure.DisclosureCopyApproved;
import org.candour.disclosure.FootageAudited;
import org.candour.disclosure.internal.FootageFileRecords;
import org.candour.disclosure.internal.FootageStorage;
import org.candour.disclosure.internal.RedactionJobRecords;
import org.candour.disclosure.domain.RedactionJobState;
import org.candour.shared.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rendered copies nobody will release are not kept until the request is erased (data minimisation): when a newer copy
 * of a clip is stored, and when a copy is approved for release, the clip's other copies are deleted from the store,
 * marked erased and audited with their SHA-256. Never a copy approved or released (it keeps its own days), nor the
 * clip's current or signed-off copy. Each copy is deleted first and marked after, in a transaction of its own, so a
 * failure leaves it to the next render or approval; deleting twice is harmless.
 */
@Component
class SupersededCopies {

    private static final Logger LOG = LoggerFactory.getLogger(SupersededCopies.class);

    private final FootageFileRecords files;
    private final RedactionJobRecords jobs;
    private final FootageStorage storage;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SupersededCopies(FootageFileRecords files, RedactionJobRecords jobs, FootageStorage storage, AuditTrail audit,
                     PlatformTransactionManager transactionManager, Clock clock) {
        this.files = files;
        this.jobs = jobs;
        this.storage = storage;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DisclosureCopyApproved approved) {
        files.sourceOf(approved.footageFileId()).ifPresent(original -> eraseOthers(original, approved.footageFileId(),
                "not the copy approved for release"));
    }

    /** Erases the copies of {@code originalId} other than {@code kept}; returns how many. */
    int eraseOthers(UUID originalId, UUID kept, String why) {
        var current = jobs.latestFor(originalId).filter(job -> job.state() == RedactionJobState.RENDERED
                || job.state() == RedactionJobState.SIGNED_OFF).map(job -> job.renderedId()).orElse(null);
        int erased = 0;
        for (var copy : files.copiesSupersededBy(originalId, kept)) {
            if (copy.id().equals(current)) {
                continue;
            }
            try {
                storage.delete(copy.id());
                var at = clock.instant();
                transactions.executeWithoutResult(status -> {
                    if (files.markErased(copy.id(), at, "Superseded disclosure copy")) {
                        audit.record(new FootageAudited(StaleJobs.ACTOR, FootageAudited.COPY_ERASED,
                                copy.requestReference(), at, "Disclosure copy " + copy.id() + " of original "
                                        + originalId + " (SHA-256 " + copy.sha256() + ") deleted from the store: "
                                        + why + " (copy " + kept + ")"));
                    }
                });
                erased++;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not erase superseded copy {}; the next render or approval tries again", copy.id(), e);
            }
        }
        return erased;
    }
}
