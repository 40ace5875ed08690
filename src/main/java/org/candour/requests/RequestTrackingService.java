package org.candour.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.candour.identity.ComplaintBodies;
import org.candour.requests.domain.FootageRequest;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.requests.domain.RequestReference;
import org.candour.requests.domain.TimelineEntry;
import org.candour.requests.domain.TrackingSecret;
import org.candour.requests.domain.ClientAllowance;
import org.candour.requests.internal.AttemptLedger;
import org.candour.shared.web.ClientHashes;
import org.candour.requests.internal.WorkChallenges;
import org.jspecify.annotations.Nullable;
import org.candour.shared.Boroughs;
import org.candour.shared.Borough;
import org.candour.shared.LondonTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets a requester follow their request with its reference and secret. Failed attempts are limited per client
 * and per reference, so neither one client nor many clients together can guess a secret.
 */
@Service
public class RequestTrackingService {

    /** Compared against when the reference does not exist, so both failures take the same time. */
    private static final String DECOY_HASH = TrackingSecret.hash(TrackingSecret.generate());

    private final FootageRequestRepository requests;
    private final ComplaintBodies bodies;
    private final Clock clock;
    private final AttemptLedger.Limit perClient;
    private final AttemptLedger.Limit perReference;
    /** Whether a client has failed on a reference lately: one failure in the window is enough. */
    private final AttemptLedger.Limit clientOnReference;
    private final ClientAllowance clientAllowance;
    private final ClientHashes clientHashes;
    private final WorkChallenges challenges;

    RequestTrackingService(FootageRequestRepository requests, ComplaintBodies bodies, Clock clock,
                           AttemptLedger attempts, ClientHashes clientHashes, WorkChallenges challenges,
                           @Value("${candour.tracking.challenge-from-failures:5}") int challengeFrom,
                           @Value("${candour.tracking.max-failures-per-client:10}") int maxPerClient,
                           @Value("${candour.tracking.max-failures-per-reference:5}") int maxPerReference,
                           @Value("${candour.tracking.failure-window:PT15M}") Duration window) {
        this.requests = requests;
        this.bodies = bodies;
        this.clock = clock;
        this.perClient = attempts.limit("tracking-client", maxPerClient, window);
        this.perReference = attempts.limit("tracking-reference", maxPerReference, window);
        this.clientOnReference = attempts.limit("tracking-client-on-reference", 1, window);
        this.clientAllowance = new ClientAllowance(challengeFrom, maxPerClient);
        this.clientHashes = clientHashes;
        this.challenges = challenges;
    }

    /**
     * A look-up from the tracking form. A client with many recent failures (near its limit, as a shared address of
     * an advice centre, a library or a mobile network may be) must solve a proof-of-work challenge first: without
     * {@code solution}, or with one that does not answer a challenge given to it, it is given a new challenge and
     * nothing is looked up or counted.
     */
    @Transactional(readOnly = true)
    public TrackingOutcome track(String typedReference, String typedSecret, String clientAddress,
                                 @Nullable WorkSolution solution) {
        String client = clientHashes.of(clientAddress);
        if (clientAllowance.answer(perClient.counted(client)) == ClientAllowance.Answer.CHALLENGE) {
            if (!challenges.accept(solution, client)) {
                return new TrackingOutcome.ChallengeNeeded(challenges.issue(client));
            }
        }
        return lookUp(typedReference, typedSecret, client, request -> request);
    }

    /** A look-up with details this session has already looked up once, or from outside the form: no challenge. */
    @Transactional(readOnly = true)
    public TrackingOutcome track(String typedReference, String typedSecret, String clientAddress) {
        return withRequest(typedReference, typedSecret, clientAddress, request -> request);
    }

    /**
     * Applies {@code action} to the request if the reference and secret match, and answers with its status after
     * it; a mismatch is counted as a failed attempt, exactly as tracking counts it, and nothing is done.
     */
    TrackingOutcome withRequest(String typedReference, String typedSecret, String clientAddress,
                                UnaryOperator<FootageRequest> action) {
        return lookUp(typedReference, typedSecret, clientHashes.of(clientAddress), action);
    }

    /** {@link #withRequest}, for a client whose address is hashed already ({@link ClientHashes}). */
    private TrackingOutcome lookUp(String typedReference, String typedSecret, String client,
                                   UnaryOperator<FootageRequest> action) {
        String reference = RequestReference.normalise(typedReference);
        Optional<Instant> blocked = later(perClient.blockedUntil(client), underAttack(reference, client));
        if (blocked.isPresent()) {
            return new TrackingOutcome.TooManyAttempts(blocked.get());
        }
        Optional<FootageRequest> found = RequestReference.looksValid(reference)
                ? requests.findByReference(reference) : Optional.empty();
        boolean secretMatches = found.isPresent() ? found.get().matchesSecret(typedSecret)
                : rejectInEqualTime(typedSecret);
        if (!secretMatches) {
            perClient.record(client);
            perReference.record(reference);
            clientOnReference.record(reference + " " + client);
            return new TrackingOutcome.NotFound();
        }
        return new TrackingOutcome.Found(status(action.apply(found.get())));
    }

    /**
     * The requester, with their reference and secret, agrees to share the request with a complaint body for one
     * of its complaints; if that body has proposed the same link, it becomes active at once. Returns false if the
     * reference and secret do not match (counted as a failed attempt, as tracking counts it).
     */
    @Transactional
    public boolean shareWithComplaintBody(String typedReference, String typedSecret, String clientAddress,
                                          UUID complaintBodyId, String complaintReference, boolean shareIdentity) {
        var body = bodies.find(complaintBodyId)
                .orElseThrow(() -> new WorkflowException("Choose the complaint body you complained to."));
        ComplaintConsentRules.reference(complaintReference).ifPresent(problem -> {
            throw new WorkflowException(problem + ".");
        });
        if (!(track(typedReference, typedSecret, clientAddress) instanceof TrackingOutcome.Found)) {
            return false;
        }
        var request = requests.findByReference(RequestReference.normalise(typedReference)).orElseThrow();
        request.consentToComplaintLink(body.id(), body.name(), complaintReference.strip(), shareIdentity,
                clock.instant());
        requests.save(request);
        return true;
    }

    private RequestStatus status(FootageRequest request) {
        var today = LondonTime.today(clock);
        var deadline = request.deadline(today);
        var incident = request.incident();
        return new RequestStatus(request.reference().value(), request.state().publicName(),
                request.state().publicExplanation(), request.receivedOn(), deadline, deadline.isOverdue(today),
                incident.date(), Boroughs.byCode(incident.boroughCode()).map(Borough::name).orElse("London"),
                request.footageDeletionDate(), !today.isBefore(request.footageDeletionDate()),
                request.isPreserved(), request.accessPreference().label(),
                request.timeline().stream().filter(TimelineEntry::visibleToRequester)
                        .map(e -> new RequestStatus.Event(e.at(), e.text())).toList(),
                request.requesterActions(),
                request.state());
    }

    /**
     * A reference that many failures reached lately is closed to the clients that failed on it, not to everyone:
     * a stranger guessing cannot lock the requester out of their own request, and one client by its /64 gets at
     * most a few guesses at it.
     */
    private Optional<Instant> underAttack(String reference, String client) {
        return clientOnReference.blockedUntil(reference + " " + client).isPresent()
                ? perReference.blockedUntil(reference) : Optional.empty();
    }

    private static boolean rejectInEqualTime(String typedSecret) {
        TrackingSecret.matches(DECOY_HASH, typedSecret);
        return false;
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }
}
