package org.candour.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.disclosure.internal.FootageFileRecords;
import org.candour.disclosure.internal.FootageStorage;
import org.candour.disclosure.internal.StaffCheck;
import org.candour.disclosure.internal.VideoProbe;
import org.candour.identity.Role;
import org.candour.requests.CaseDetails;
import org.candour.requests.CaseworkService;
import org.candour.shared.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Footage files of a request for caseworkers and supervisors: attaching clips exported from the evidence system
 * (streamed to disk encrypted, checked by opening them with FFmpeg, and refused with nothing stored if they are not
 * a usable clip), listing them, and opening one for preview. Every stored original's SHA-256 and every preview go
 * to the audit log (chain of custody).
 */
@Service
public class FootageFiles {

    private static final Role[] CASEWORK = {Role.CASEWORKER, Role.SUPERVISOR};
    private static final int NAME_MAX = 255;

    private final CaseworkService casework;
    private final FootageStorage storage;
    private final FootageFileRecords records;
    private final VideoProbe probe;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DataSize maxUpload;

    FootageFiles(CaseworkService casework, FootageStorage storage, FootageFileRecords records, VideoProbe probe,
                 AuditTrail audit, PlatformTransactionManager transactionManager, Clock clock,
                 @Value("${candour.disclosure.max-upload-size:2GB}") DataSize maxUpload) {
        this.casework = casework;
        this.storage = storage;
        this.records = records;
        this.probe = probe;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.maxUpload = maxUpload;
    }

    public long maxUploadBytes() {
        return maxUpload.toBytes();
    }

    /** The upload limit in words, e.g. "2 GB". */
    public String maxUploadInWords() {
        long bytes = maxUpload.toBytes();
        if (bytes % DataSize.ofGigabytes(1).toBytes() == 0) {
            return bytes / DataSize.ofGigabytes(1).toBytes() + " GB";
        }
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return bytes / DataSize.ofMegabytes(1).toBytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return bytes / DataSize.ofKilobytes(1).toBytes() + " KB";
        }
        return bytes + " bytes";
    }

    /** The catalogue recordings attached to the request: a clip is uploaded as one of these. */
    public List<String> recordingsOf(String reference) {
        StaffCheck.require("see the footage files of a request", CASEWORK);
        return request(reference).recordings().stream().map(CaseDetails.Recording::recordingId).toList();
    }

    public List<FootageFile> ofRequest(String reference) {
        StaffCheck.require("see the footage files of a request", CASEWORK);
        return records.ofRequest(request(reference).reference());
    }

    /**
     * Stores a clip exported from the evidence system as an original of the request, linked to the catalogue
     * recording it came from (which must be attached to the request). The content is read once, as it arrives.
     *
     * @throws FootageRejectedException if it is not a usable clip, too large, empty or cut short: nothing is stored
     */
    public FootageFile attachOriginal(String reference, String recordingId, String originalName,
                                      InputStream content) {
        String by = StaffCheck.require("attach footage to a request", CASEWORK);
        var request = request(reference);
        if (request.recordings().stream().noneMatch(r -> r.recordingId().equals(recordingId))) {
            throw new FootageRejectedException("Recording " + recordingId + " is not attached to this request. "
                    + "Attach it from the footage catalogue first.");
        }
        var id = UUID.randomUUID();
        FootageStorage.Staged staged = null;
        boolean kept = false;
        boolean recorded = false;
        try {
            staged = storage.stage(id, content, maxUpload.toBytes(), maxUploadInWords());
            if (staged.size() == 0) {
                throw new FootageRejectedException("The file is empty (0 bytes). Export the clip again.");
            }
            VideoFacts facts = probe(staged);
            var file = new FootageFile(id, request.reference(), recordingId, FootageKind.ORIGINAL,
                    cleanName(originalName), staged.size(), staged.sha256(), facts, clock.instant(), by);
            storage.keep(staged);
            kept = true;
            transactions.executeWithoutResult(status -> {
                records.insert(file);
                audit.record(new FootageAudited(by, FootageAudited.STORED, file.requestReference(), file.storedAt(),
                        "Original " + file.id() + " of recording " + recordingId + ", " + file.sizeBytes()
                                + " bytes, SHA-256 " + file.sha256() + ", " + facts.describe()));
            });
            recorded = true;
            return file;
        } catch (IOException e) {
            throw new FootageRejectedException("The upload was interrupted or could not be saved. Nothing was "
                    + "stored: try again.");
        } finally {
            if (staged != null && !recorded) {
                removeQuietly(staged, kept);
            }
        }
    }

    /**
     * A file for staff preview, if it belongs to a request the member of staff may see; each new view (a read from
     * the first byte: a player's seeks within a view are not counted again) is written to the audit log.
     */
    public Optional<FootageContent> openForPreview(UUID fileId, boolean newView) {
        String by = StaffCheck.require("watch footage", CASEWORK);
        var file = records.byId(fileId).filter(f -> casework.find(f.requestReference()).isPresent());
        file.filter(f -> newView).ifPresent(f -> audit.record(new FootageAudited(by, FootageAudited.VIEWED,
                f.requestReference(), clock.instant(), "Preview of " + f.kind().name().toLowerCase() + " " + f.id()
                        + ", SHA-256 " + f.sha256())));
        return file.map(f -> new FootageContent(f, storage));
    }

    private VideoFacts probe(FootageStorage.Staged staged) throws IOException {
        var copy = storage.plaintextCopy(staged);
        try {
            return probe.probe(copy);
        } finally {
            storage.discardCopy(copy);
        }
    }

    private void removeQuietly(FootageStorage.Staged staged, boolean kept) {
        try {
            if (kept) {
                storage.delete(staged.id());
            } else {
                storage.discard(staged);
            }
        } catch (IOException ignored) {
            // Left for an operator: an unreferenced file in incoming/ or the store, never served.
        }
    }

    private CaseDetails request(String reference) {
        return casework.find(reference).orElseThrow(() -> new FootageRejectedException(
                "There is no request " + reference + "."));
    }

    private static String cleanName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            base = "clip";
        }
        return base.length() > NAME_MAX ? base.substring(0, NAME_MAX) : base;
    }
}
