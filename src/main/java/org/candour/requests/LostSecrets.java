package org.candour.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.candour.requests.domain.FootageRequest;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.requests.domain.RequestReference;
import org.candour.requests.domain.SecretReset;
import org.candour.requests.domain.SecretResetRepository;
import org.candour.requests.domain.TrackingSecret;
import org.candour.requests.internal.AttemptLedger;
import org.candour.shared.web.ClientHashes;
import org.candour.shared.crypto.FieldCipher;
import org.candour.shared.crypto.FieldPlace;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lost tracking secret (issue 17, section 4). The requester gives the reference and the email address they filed
 * with; if both match, a one-time link valid for {@link SecretReset#VALID_FOR} is emailed to that address, and
 * through it they set a new secret, shown once, and the old one stops working. The answer on screen is the same
 * whether or not the details matched, every ask counts against a limit per client and per reference (so nobody can
 * flood a requester's inbox or probe addresses), and every ask that names a request is audited.
 *
 * <p>The link's token is stored only as a hash. The email is sent from the outbox, after commit, so the token must
 * reach the sender through the stored event: it travels sealed with the portal's key ({@link SecretResetAsked}),
 * and is opened only by {@link #letterFor}, while the link is still usable.
 */
@Service
public class LostSecrets {

    /** The page the emailed link opens, with the token as the query parameter {@value #TOKEN_PARAMETER}. */
    public static final String NEW_SECRET_PATH = "track/new-secret";
    public static final String TOKEN_PARAMETER = "token";

    private final FootageRequestRepository requests;
    private final SecretResetRepository resets;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AttemptLedger.Limit perClient;
    private final AttemptLedger.Limit perReference;
    private final ClientHashes clientHashes;

    LostSecrets(FootageRequestRepository requests, SecretResetRepository resets, FieldCipher cipher,
                ApplicationEventPublisher events, Clock clock, AttemptLedger attempts, ClientHashes clientHashes,
                @Value("${candour.tracking.reset.max-asks-per-client:5}") int maxPerClient,
                @Value("${candour.tracking.reset.max-asks-per-reference:3}") int maxPerReference,
                @Value("${candour.tracking.reset.window:PT1H}") Duration window) {
        this.requests = requests;
        this.resets = resets;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
        this.perClient = attempts.limit("secret-reset-client", maxPerClient, window);
        this.perReference = attempts.limit("secret-reset-reference", maxPerReference, window);
        this.clientHashes = clientHashes;
    }

    @Transactional
    public ResetAsk ask(String typedReference, String typedEmail, String clientAddress) {
        String reference = RequestReference.normalise(typedReference);
        String client = clientHashes.of(clientAddress);
        var blocked = perClient.blockedUntil(client).or(() -> perReference.blockedUntil(reference));
        if (blocked.isPresent()) {
            return new ResetAsk.TooManyAttempts(blocked.get());
        }
        perClient.record(client);
        perReference.record(reference);
        Optional<FootageRequest> found = RequestReference.looksValid(reference)
                ? requests.findByReference(reference) : Optional.empty();
        found.filter(request -> request.personalDataErasedOn() == null).ifPresent(request -> {
            boolean matches = sameAddress(request.requester().email(), typedEmail);
            audit(request, "TRACKING_SECRET_RESET_ASKED", matches ? "address matched: link sent"
                    : "address did not match: nothing sent");
            if (matches) {
                sendLink(request);
            }
        });
        return new ResetAsk.Asked();
    }

    /** Whether the emailed link can still be used (unused, and within its 60 minutes). */
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return resets.findByTokenHash(SecretReset.hash(token)).filter(r -> r.usableAt(clock.instant())).isPresent();
    }

    /**
     * Sets a new secret through the link, which is then used up together with every other link of the request.
     * Returns the new secret, to show once, or empty if the link has expired, was used or never existed: then
     * nothing changes.
     */
    @Transactional
    public Optional<String> setNewSecret(String token) {
        Instant now = clock.instant();
        var reset = resets.findByTokenHash(SecretReset.hash(token)).filter(r -> r.usableAt(now));
        if (reset.isEmpty()) {
            return Optional.empty();
        }
        var request = requests.findById(reset.get().requestId()).orElseThrow();
        resets.findByRequestIdAndUsedAtIsNull(request.id()).stream().filter(r -> r.usableAt(now))
                .forEach(r -> r.use(now));
        String secret = TrackingSecret.generate();
        request.replaceSecret(TrackingSecret.hash(secret), now);
        requests.save(request);
        events.publishEvent(new TrackingSecretChanged(request.id(), reset.get().id(), now));
        return Optional.of(secret);
    }

    /**
     * For the notifications module: the letter with the link's token, opened from the event, and the requester's
     * address, read for this message and audited. Empty once the link can no longer be used (expired while the
     * mail server was down, or used): an email then would only disappoint.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<ResetLetter> letterFor(SecretResetAsked event) {
        Instant now = clock.instant();
        return resets.findById(event.resetId()).filter(r -> r.usableAt(now))
                .flatMap(reset -> requests.findById(reset.requestId())
                        .filter(request -> request.personalDataErasedOn() == null)
                        .map(request -> {
                            events.publishEvent(new RequestAudited(RequesterCorrespondence.ACTOR,
                                    RequesterCorrespondence.ACTION, request.reference().value(), now,
                                    "for the one-time link to set a new tracking secret"));
                            var requester = request.requester();
                            return new ResetLetter(reset.id(), new RequesterContact(request.reference().value(),
                                    requester.fullName(), requester.email()),
                                    cipher.openText(event.sealedToken(), tokenPlace(reset.id())),
                                    reset.expiresAt());
                        }));
    }

    private void sendLink(FootageRequest request) {
        String token = SecretReset.newToken();
        var reset = resets.save(SecretReset.of(request.id(), token, clock.instant()));
        events.publishEvent(new SecretResetAsked(request.id(), reset.id(),
                cipher.seal(token, tokenPlace(reset.id()))));
    }

    /** The token travels in the outbox, not in a table: bound to the reset it opens. */
    private static FieldPlace tokenPlace(UUID resetId) {
        return FieldPlace.of("event_publication", "secret_reset_token", resetId);
    }

    private void audit(FootageRequest request, String action, String details) {
        events.publishEvent(new RequestAudited("public", action, request.reference().value(), clock.instant(),
                details));
    }

    private static boolean sameAddress(String filed, String typed) {
        return filed.strip().toLowerCase(Locale.ROOT).equals(typed.strip().toLowerCase(Locale.ROOT));
    }
}
