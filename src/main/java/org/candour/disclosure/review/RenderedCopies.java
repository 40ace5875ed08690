package org.candour.disclosure.review;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.UUID;
import org.candour.disclosure.FootageAudited;
import org.candour.disclosure.FootageFile;
import org.candour.disclosure.FootageKind;
import org.candour.disclosure.domain.RedactionJob;
import org.candour.disclosure.internal.FootageFileRecords;
import org.candour.disclosure.internal.FootageStorage;
import org.candour.disclosure.internal.RedactionJobRecords;
import org.candour.disclosure.internal.RedactionJson;
import org.candour.disclosure.internal.VideoProbe;
import org.candour.disclosure.redaction.RedactionLog;
import org.candour.disclosure.redaction.RenderReport;
import org.candour.shared.audit.AuditTrail;
import org.candour.shared.crypto.Sha256;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a rendered disclosure copy as a footage file of kind RENDERED: encrypted like an original, then, in one
 * transaction, its row, the job's move to RENDERED with the redaction log, and the audit entry naming the copy's
 * SHA-256 and the SHA-256 of the redaction log as kept (chain of custody). If any of it fails, the stored file is
 * removed and nothing of the copy remains. Once stored, the clip's older copies are erased ({@link SupersededCopies}).
 */
@Component
class RenderedCopies {

    private static final int AUDIT_DETAILS_MAX = 2000;

    private final FootageStorage storage;
    private final FootageFileRecords files;
    private final RedactionJobRecords jobs;
    private final VideoProbe probe;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final SupersededCopies superseded;
    private final Clock clock;

    RenderedCopies(FootageStorage storage, FootageFileRecords files, RedactionJobRecords jobs, VideoProbe probe,
                   AuditTrail audit, PlatformTransactionManager transactionManager, SupersededCopies superseded,
                   Clock clock) {
        this.superseded = superseded;
        this.storage = storage;
        this.files = files;
        this.jobs = jobs;
        this.probe = probe;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Records the copy against the job as it was when the render started: a job cancelled or taken over since refuses
     * it, and the stored file is removed.
     */
    RedactionJob store(RedactionJob job, FootageFile original, RenderReport report) throws IOException {
        var facts = probe.probe(report.output());
        var id = UUID.randomUUID();
        FootageStorage.Staged staged;
        try (var in = Files.newInputStream(report.output())) {
            staged = storage.stage(id, in, Long.MAX_VALUE, "the largest size");
        }
        boolean kept = false;
        boolean recorded = false;
        try {
            if (!staged.sha256().equals(report.sha256())) {
                throw new IOException("The rendered copy changed between rendering and storing it");
            }
            storage.keep(staged);
            kept = true;
            var file = new FootageFile(id, original.requestReference(), original.recordingId(), FootageKind.RENDERED,
                    copyName(original.originalName()), staged.size(), staged.sha256(), facts, clock.instant(), "");
            var done = transactions.execute(status -> {
                var stored = new FootageFile(file.id(), file.requestReference(), file.recordingId(), file.kind(),
                        file.originalName(), file.sizeBytes(), file.sha256(), file.facts(), file.storedAt(),
                        job.requestedBy());
                files.insert(stored, original.id());
                var rendered = jobs.update(job.rendered(id, report.log(), stored.storedAt()));
                audit.record(new FootageAudited(job.requestedBy(), FootageAudited.RENDERED, stored.requestReference(),
                        stored.storedAt(), details(stored, original, job, report.log())));
                return rendered;
            });
            recorded = true;
            superseded.eraseOthers(original.id(), id, "superseded by a newer render");
            return done;
        } finally {
            if (!recorded) {
                if (kept) {
                    storage.delete(id);
                } else {
                    storage.discard(staged);
                }
            }
        }
    }

    private static String details(FootageFile copy, FootageFile original, RedactionJob job, RedactionLog log) {
        String text = "Disclosure copy " + copy.id() + " of original " + original.id() + " (recording "
                + original.recordingId() + "), " + copy.sizeBytes() + " bytes, SHA-256 " + copy.sha256() + ", "
                + copy.facts().describe() + "; redaction log of job " + job.id() + ", SHA-256 "
                + Sha256.hex(RedactionJson.write(log)) + ": " + String.join("; ", log.lines());
        return text.length() > AUDIT_DETAILS_MAX ? text.substring(0, AUDIT_DETAILS_MAX - 1) + "…" : text;
    }

    private static String copyName(String originalName) {
        int dot = originalName.lastIndexOf('.');
        String base = dot > 0 ? originalName.substring(0, dot) : originalName;
        String name = base + "-disclosure-copy.mp4";
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
