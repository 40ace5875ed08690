package org.candour.disclosure.delivery;

import java.time.Clock;
import java.util.UUID;
import org.candour.disclosure.DeliveryAudited;
import org.candour.disclosure.DisclosureCopyApproved;
import org.candour.disclosure.FootageReader;
import org.candour.disclosure.FootageReleased;
import org.candour.disclosure.ReleasedCopy;
import org.candour.requests.RequestSnapshots;
import org.candour.shared.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Releases an approved disclosure copy to the requester for the days of {@link ReleaseWindow}, counted from the
 * approval (so a retried or resubmitted event gives the same dates), once per file: a second delivery of the event
 * finds the release and does nothing. The release is audited and announced ({@link FootageReleased}) in the same
 * transaction.
 */
@Component
class ReleaseOnApproval {

    private static final Logger log = LoggerFactory.getLogger(ReleaseOnApproval.class);

    private final Releases releases;
    private final FootageReader files;
    private final RequestSnapshots requests;
    private final DeliverySettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReleaseOnApproval(Releases releases, FootageReader files, RequestSnapshots requests, DeliverySettings settings,
                      AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.releases = releases;
        this.files = files;
        this.requests = requests;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DisclosureCopyApproved approved) {
        var file = files.open(approved.footageFileId()).map(content -> content.file())
                .filter(f -> f.requestReference().equals(approved.reference()) && f.sha256().equals(approved.sha256()));
        var requestId = requests.idOf(approved.reference());
        if (file.isEmpty() || requestId.isEmpty()) {
            log.warn("Approved copy {} of {} was not released: no such stored file of that request with that "
                    + "SHA-256", approved.footageFileId(), approved.reference());
            return;
        }
        var window = settings.window();
        var copy = new ReleasedCopy(UUID.randomUUID(), approved.reference(), approved.footageFileId(),
                approved.sha256(), approved.approvedAt(), clock.instant(), window.lastDay(approved.approvedAt()),
                window.availableUntil(approved.approvedAt()), null, null);
        if (!releases.insertIfAbsent(copy)) {
            return;
        }
        audit.record(new DeliveryAudited(DeliveryAudited.SYSTEM, DeliveryAudited.RELEASED, copy.reference(),
                copy.releasedAt(), "Copy " + copy.footageFileId() + ", SHA-256 " + copy.sha256()
                        + ", available to the requester until the end of " + copy.lastDay()));
        events.publishEvent(new FootageReleased(requestId.get(), copy.reference(), copy.id(), copy.lastDay()));
    }
}
