package org.candour.requests;

import java.time.Clock;
import org.candour.requests.domain.FootageRequest;
import org.candour.requests.domain.Officer;
import org.candour.shared.LondonTime;
import org.springframework.context.ApplicationEventPublisher;

/** One audited view of a requester's identity: the audit event is published in the same transaction. */
final class RequesterView {

    static final String ACTION = "VIEWED_REQUESTER_DETAILS";

    private RequesterView() {
    }

    static RequesterDetails of(FootageRequest request, Officer viewer, Clock clock, ApplicationEventPublisher events) {
        if (request.personalDataErasedOn() != null) {
            throw new WorkflowException("The requester's personal data was erased on "
                    + LondonTime.inWords(request.personalDataErasedOn()) + ", at the end of its retention period.");
        }
        events.publishEvent(new RequestAudited(viewer.username(), ACTION, request.reference().value(),
                clock.instant(), "state " + request.state().name()));
        var requester = request.requester();
        return new RequesterDetails(request.reference().value(), requester.fullName(), requester.dateOfBirth(),
                requester.address(), requester.postcode(), requester.email(), requester.phone(),
                requester.appearance(), request.documents().stream().map(d -> new RequesterDetails.Document(
                        d.id(), d.fileName(), d.type().name(), d.sizeBytes(), d.receivedAt())).toList());
    }
}
