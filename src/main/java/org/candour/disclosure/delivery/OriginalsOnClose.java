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
import org.candour.footage.PreservationHoldReleased;
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
 * ({@link DeliverySweep}). An original kept for a hold is erased when the last hold on its recording is released
 * ({@link PreservationHoldReleased}) if its request is closed or withdrawn by then and the recording is not
 * evidential. Idempotent: an erased original is no longer listed, so a retry finds nothing to do.
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

    /**
     * A hold was lifted: the originals of that recording on requests already closed or withdrawn were kept only for
     * it, and are erased now, unless the recording is still held or evidential (then nothing changes, silently).
     */
    @ApplicationModuleListener
    void on(PreservationHoldReleased released) {
        if (released.stillHeld()) {
            return;
        }
        files.originalsOf(released.recordingId()).stream()
                .filter(original -> requests.idOf(original.requestReference()).flatMap(requests::find)
                        .filter(request -> request.state() == RequestState.CLOSED
                                || request.state() == RequestState.WITHDRAWN).isPresent())
                .forEach(original -> erase(original, false, "the hold on its recording was released after the "
                        + "request closed"));
    }

    private void eraseUnlessKept(FootageFile original) {
        erase(original, true, "the request closed");
    }

    private void erase(FootageFile original, boolean auditKept, String why) {
        var at = clock.instant();
        Optional<String> keptBecause = catalogue.recording(original.recordingId()).flatMap(OriginalsOnClose::kept);
        if (keptBecause.isPresent()) {
            if (!auditKept) {
                return;
            }
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
        if (erasures.record(original.id(), at, auditKept ? "Request closed" : "Hold released after closure")) {
            audit.record(new DeliveryAudited(DeliveryAudited.SYSTEM, DeliveryAudited.ORIGINAL_ERASED,
                    original.requestReference(), at, "Original " + original.id() + " of recording "
                            + original.recordingId() + " (SHA-256 " + original.sha256() + ") deleted from the store: "
                            + why));
        }
    }

    private static Optional<String> kept(RecordingSummary recording) {
        if (recording.evidential()) {
            return Optional.of("the recording is evidential");
        }
        return recording.held() ? Optional.of("the recording is under a preservation hold") : Optional.empty();
    }
}
