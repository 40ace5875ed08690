package org.candour.notifications.internal;

import java.util.UUID;
import org.candour.disclosure.FootageExpiryNear;
import org.candour.disclosure.FootageReleased;
import org.candour.requests.RequesterCorrespondence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Emails the requester when their footage is ready and when it will be deleted soon, once per released copy (the
 * key is the notice and the release id), through the outbox like {@link RequesterNotifier}. The letters carry no
 * link with credentials: they send the requester to the tracking page.
 */
@Component
class FootageDeliveryNotifier {

    private static final Logger log = LoggerFactory.getLogger(FootageDeliveryNotifier.class);

    private final SentMessages sent;
    private final RequesterCorrespondence correspondence;
    private final Postman postman;
    private final MailLinks links;

    FootageDeliveryNotifier(SentMessages sent, RequesterCorrespondence correspondence, Postman postman,
                            MailLinks links) {
        this.sent = sent;
        this.correspondence = correspondence;
        this.postman = postman;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(FootageReleased released) {
        send(Notice.FOOTAGE_READY, released.requestId(), released.releaseId(),
                DeliveryLetters.ready(released.reference(), released.lastDay(), links));
    }

    @ApplicationModuleListener
    void on(FootageExpiryNear expiring) {
        send(Notice.FOOTAGE_EXPIRING, expiring.requestId(), expiring.releaseId(),
                DeliveryLetters.expiring(expiring.reference(), expiring.lastDay(), links));
    }

    private void send(Notice notice, UUID requestId, UUID releaseId, DeliveryLetters.Draft draft) {
        if (!sent.claim(notice.name() + ":" + releaseId, notice.name())) {
            return;
        }
        var about = correspondence.forMessage(requestId, "notice " + notice.name());
        if (about.isEmpty()) {
            log.info("No {} email for request {}: it no longer holds the requester's details", notice, requestId);
            return;
        }
        postman.send(about.get().to().email(), draft.to(about.get().to().fullName()));
        log.info("Sent the {} email for request {}", notice, requestId);
    }
}
