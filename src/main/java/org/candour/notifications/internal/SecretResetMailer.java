package org.candour.notifications.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.candour.requests.LostSecrets;
import org.candour.requests.RequesterCorrespondence;
import org.candour.requests.ResetLetter;
import org.candour.requests.SecretResetAsked;
import org.candour.requests.TrackingSecretChanged;
import org.candour.shared.LondonTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Emails the one-time link to set a new tracking secret, and a notice once a new secret was set. Like every notice: after commit, once per link
 * ({@link SentMessages}), retried while the mail server is down ({@link MailRetry}), but not after the link has
 * expired or been used ({@link LostSecrets#letterFor}). The token is opened from the sealed event only here, put
 * in the message, and never logged or stored in the clear.
 */
@Component
class SecretResetMailer {

    private static final Logger log = LoggerFactory.getLogger(SecretResetMailer.class);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy",
            LondonTime.LOCALE).withZone(LondonTime.ZONE);

    private final SentMessages sent;
    private final LostSecrets lostSecrets;
    private final Postman postman;
    private final MailLinks links;
    private final RequesterCorrespondence correspondence;

    SecretResetMailer(SentMessages sent, LostSecrets lostSecrets, Postman postman, MailLinks links,
                      RequesterCorrespondence correspondence) {
        this.sent = sent;
        this.lostSecrets = lostSecrets;
        this.postman = postman;
        this.links = links;
        this.correspondence = correspondence;
    }

    @ApplicationModuleListener
    void on(SecretResetAsked event) {
        if (!sent.claim("SECRET_RESET:" + event.resetId(), "SECRET_RESET")) {
            return;
        }
        lostSecrets.letterFor(event).ifPresentOrElse(letter -> {
            postman.send(letter.to().email(), letter(letter));
            log.info("Sent a one-time link for request {}", event.requestId());
        }, () -> log.info("No one-time link sent for request {}: it expired or was used", event.requestId()));
    }

    @ApplicationModuleListener
    void on(TrackingSecretChanged event) {
        if (!sent.claim("SECRET_CHANGED:" + event.resetId(), "SECRET_CHANGED")) {
            return;
        }
        correspondence.forMessage(event.requestId(), "the notice that the tracking secret was changed")
                .ifPresent(about -> {
                    postman.send(about.to().email(), changed(about.to().fullName(), about.to().reference(),
                            event.changedAt()));
                    log.info("Told request {}'s requester that its tracking secret was changed", event.requestId());
                });
    }

    private Letter changed(String name, String reference, Instant at) {
        return new Letter("Your tracking secret has been changed (" + reference + ")", "Dear " + name + ",",
                "Your tracking secret has been changed",
                List.of("A new tracking secret was set for your request " + reference + " at "
                        + UNTIL.format(at) + " (London time), through the link we emailed you. The old secret no "
                        + "longer works.",
                        "If this was you, there is nothing more to do."),
                null,
                List.of("If you did not do this, someone may be able to read your email. Secure your email "
                        + "account, then ask for a new link on the tracking page (\"I have lost my tracking "
                        + "secret\") and contact us."),
                new Letter.Link("Track your request", links.track()), RequesterLetters.footer(reference));
    }

    private Letter letter(ResetLetter letter) {
        String reference = letter.to().reference();
        String url = links.to(LostSecrets.NEW_SECRET_PATH) + "?" + LostSecrets.TOKEN_PARAMETER + "=" + letter.token();
        return new Letter("Set a new tracking secret (" + reference + ")", "Dear " + letter.to().fullName() + ",",
                "Set a new tracking secret",
                List.of("You told us you have lost the tracking secret of your request " + reference + ".",
                        "If you did not ask for this, ignore this email: your secret has not changed."),
                "The link works once, until " + UNTIL.format(letter.expiresAt()) + " (London time).",
                List.of("Open the link and choose \"Set a new secret\".",
                        "Write down or save the new secret: we show it only once."),
                new Letter.Link("Set a new tracking secret", url), RequesterLetters.footer(reference));
    }
}
