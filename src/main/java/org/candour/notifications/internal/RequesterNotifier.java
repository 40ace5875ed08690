package org.candour.notifications.internal;

import org.candour.requests.RequestEvent;
import org.candour.requests.RequesterCorrespondence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Emails the requester of every change that concerns them ({@link Trigger}). Runs after the change committed, in a
 * transaction of its own; the event publication stays incomplete in the outbox until the message is sent, so an
 * SMTP server that is down delays the message ({@link MailRetry}) and never loses it, and the message's key
 * ({@link SentMessages}) keeps a retry from sending it twice. Logs the kind and the request id only.
 */
@Component
class RequesterNotifier {

    private static final Logger log = LoggerFactory.getLogger(RequesterNotifier.class);

    private final SentMessages sent;
    private final RequesterCorrespondence correspondence;
    private final Postman postman;
    private final MailLinks links;

    RequesterNotifier(SentMessages sent, RequesterCorrespondence correspondence, Postman postman, MailLinks links) {
        this.sent = sent;
        this.correspondence = correspondence;
        this.postman = postman;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(RequestEvent event) {
        Trigger.of(event).ifPresent(trigger -> notify(event, trigger));
    }

    private void notify(RequestEvent event, Trigger trigger) {
        if (!sent.claim(trigger.key(), trigger.notice().name())) {
            return;
        }
        var about = correspondence.forMessage(event.requestId(), "notice " + trigger.notice().name());
        if (about.isEmpty()) {
            log.info("No {} email for request {}: it no longer holds the requester's details", trigger.notice(),
                    event.requestId());
            return;
        }
        String address = about.get().to().email();
        if (Postman.undeliverable(address)) {
            return;
        }
        postman.send(address, RequesterLetters.compose(trigger, about.get(), links));
        log.info("Sent the {} email for request {}", trigger.notice(), event.requestId());
    }
}
