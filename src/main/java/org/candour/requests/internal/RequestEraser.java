package org.candour.requests.internal;

import java.time.Instant;
import java.util.UUID;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.requests.domain.PersonalDataRetention;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Erases one request in a transaction of its own, with its audit event and index update (outbox). */
@Component
public class RequestEraser {

    private final FootageRequestRepository requests;

    RequestEraser(FootageRequestRepository requests) {
        this.requests = requests;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean erase(UUID id, PersonalDataRetention retention, Instant at) {
        var request = requests.findById(id).orElse(null);
        if (request == null || !request.erasePersonalData(retention, at)) {
            return false;
        }
        requests.save(request);
        return true;
    }
}
