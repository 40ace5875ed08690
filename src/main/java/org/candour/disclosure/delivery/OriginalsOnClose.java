package org.candour.disclosure.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import org.candour.disclosure.DeliveryAudited;
import org.candour.disclosure.FootageFile;
import org.candour.disclosure.FootageKind;
import org.candour.disclosure.internal.FootageFileRecords;
import org.candour.disclosure.internal.FootageStorage;
import org.candour.footage.FootageCatalogue;
import org.candour.footage.RecordingSummary;
import org.candour.requests.RequestSnapshots;
import org.candour.requests.RequestState;
import org.candour.requests.RequestStateChanged;
import org.candour.shared.audit.AuditTrail;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a request closes (closed or withdrawn), its original clips are deleted from the store unless the catalogue
 * recording they came from is evidential or under a preservation hold (a complaint's or the request's own): then
 * the original is kept and the audit log says why. Released disclosure copies keep their own days
 * ({@link DeliverySweep}). Idempotent: an erased original is no longer listed, so a retry finds nothing to do.
 */
@Component
class OriginalsOnClose {

    private final RequestSnapshots requests;
    private final FootageFileRecords files;
    private final FootageStorage storage;
    private final FileErasures erasures;
    private final FootageCatalogue catalogue;
    private final AuditTrail audit;
    private final Clock clock;

    OriginalsOnClose(RequestSnapshots requests, FootageFileRecords files, FootageStorage storage,
                     FileErasures erasures, FootageCatalogue catalogue, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.files = files;
        this.storage = storage;
        this.erasures = erasures;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(RequestStateChanged changed) {
        if (changed.to() != RequestState.CLOSED && changed.to() != RequestState.WITHDRAWN) {
            return;
        }
        requests.find(changed.requestId()).ifPresent(request -> files.ofRequest(request.reference()).stream()
                .filter(file -> file.kind() == FootageKind.ORIGINAL)
                .forEach(this::eraseUnlessKept));
    }

    private void eraseUnlessKept(FootageFile original) {
        var at = clock.instant();
        Optional<String> keptBecause = catalogue.recording(original.recordingId()).flatMap(OriginalsOnClose::kept);
        if (keptBecause.isPresent()) {
            audit.record(new DeliveryAudited(DeliveryAudited.SYSTEM, DeliveryAudited.ORIGINAL_KEPT,
                    original.requestReference(), at, "Original " + original.id() + " of recording "
                            + original.recordingId() + " kept after the request closed: " + keptBecause.get()));
            return;
        }
        try {
            storage.delete(original.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the event stays incomplete and is retried
        }
        erasures.record(original.id(), at, "Request closed");
        audit.record(new DeliveryAudited(DeliveryAudited.SYSTEM, DeliveryAudited.ORIGINAL_ERASED,
                original.requestReference(), at, "Original " + original.id() + " of recording "
                        + original.recordingId() + " (SHA-256 " + original.sha256() + ") deleted from the store: "
                        + "the request closed"));
    }

    private static Optional<String> kept(RecordingSummary recording) {
        if (recording.evidential()) {
            return Optional.of("the recording is evidential");
        }
        return recording.held() ? Optional.of("the recording is under a preservation hold") : Optional.empty();
    }
}
