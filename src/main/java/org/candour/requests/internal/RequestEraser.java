package org.candour.requests.internal;

import java.time.Instant;
import java.util.UUID;
import org.candour.footage.FootageCatalogue;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.requests.domain.PersonalDataRetention;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases one request in a transaction of its own, with its audit event and index update (outbox), and the CAD
 * reference the requester gave from the catalogue's recordings that were attached to it.
 */
@Component
public class RequestEraser {

    private final FootageRequestRepository requests;
    private final FootageCatalogue catalogue;

    RequestEraser(FootageRequestRepository requests, FootageCatalogue catalogue) {
        this.requests = requests;
        this.catalogue = catalogue;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean erase(UUID id, PersonalDataRetention retention, Instant at) {
        var request = requests.findById(id).orElse(null);
        if (request == null) {
            return false;
        }
        String cadReference = request.incident().cadReference();
        if (!request.erasePersonalData(retention, at)) {
            return false;
        }
        if (cadReference != null && !cadReference.isBlank()) {
            request.recordings().forEach(recording -> catalogue.forgetCadReference(recording.recordingId(),
                    cadReference.strip()));
        }
        requests.save(request);
        return true;
    }
}
