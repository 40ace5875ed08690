package org.candour.requests;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.candour.requests.domain.FootageRequest;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.shared.LondonTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way the notifications module reads a requester's address: decrypted for one message and audited like
 * every other read of personal data ({@value #ACTION}, actor {@value #ACTOR}, the reference and why). The read
 * commits in a transaction of its own, so the audit entry stays even if the message then fails to send.
 */
@Service
public class RequesterCorrespondence {

    public static final String ACTION = "READ_ADDRESS_FOR_EMAIL";
    public static final String ACTOR = "notifications";

    private final FootageRequestRepository requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequesterCorrespondence(FootageRequestRepository requests, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The requester's name, address and the request's facts for a message about {@code purpose} (a word such as
     * the kind of notice, never personal data). Empty if the request does not exist or its personal data was erased.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Correspondence> forMessage(UUID requestId, String purpose) {
        return requests.findById(requestId).filter(request -> request.personalDataErasedOn() == null)
                .map(request -> read(request, purpose));
    }

    private Correspondence read(FootageRequest request, String purpose) {
        events.publishEvent(new RequestAudited(ACTOR, ACTION, request.reference().value(), clock.instant(),
                "for " + purpose));
        var requester = request.requester();
        var today = LondonTime.today(clock);
        var deadline = request.deadline(today);
        return new Correspondence(new RequesterContact(request.reference().value(), requester.fullName(),
                requester.email()), request.state(), deadline.status(), deadline.dueDate(),
                request.extension().months(), request.extension().reason(), request.footageDeletionDate(),
                request.isPreserved());
    }
}
