package org.candour.requests;

import java.time.Duration;
import org.candour.requests.domain.ClientAllowance;
import org.candour.requests.internal.AttemptLedger;
import org.candour.shared.web.ClientHashes;
import org.candour.requests.internal.WorkChallenges;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Filing from the public form, limited per client (its address, an IPv6 client by its /64) in a sliding window
 * counted in the database, so that every node counts the same filings: free at first, then only with a solved
 * proof-of-work challenge as the client nears its limit, then refused until the window moves on. Only the hash of
 * the client's address is stored ({@link ClientHashes}).
 */
@Service
public class PublicFiling {

    private final RequestFilingService filing;
    private final ClientHashes clients;
    private final WorkChallenges challenges;
    private final AttemptLedger.Limit filings;
    private final ClientAllowance allowance;

    PublicFiling(RequestFilingService filing, ClientHashes clients, WorkChallenges challenges, AttemptLedger attempts,
                 @Value("${candour.requests.filing-limit.challenge-from:3}") int challengeFrom,
                 @Value("${candour.requests.filing-limit.max-per-client:5}") int max,
                 @Value("${candour.requests.filing-limit.window:PT1H}") Duration window) {
        this.filing = filing;
        this.clients = clients;
        this.challenges = challenges;
        this.allowance = new ClientAllowance(challengeFrom, max);
        this.filings = attempts.limit("filing-client", max, window);
    }

    /**
     * Files the request if this client may file now; {@code solution} answers the challenge this client was given
     * last time, if any. A request that is refused, or waits for a challenge, is not filed and nothing is counted.
     */
    public FilingOutcome file(NewRequest request, @Nullable ComplaintConsent consent, String clientAddress,
                              @Nullable WorkSolution solution) {
        String client = clients.of(clientAddress);
        var answer = allowance.answer(filings.counted(client));
        var blocked = filings.blockedUntil(client);
        if (answer == ClientAllowance.Answer.REFUSED && blocked.isPresent()) {
            return new FilingOutcome.TooManyFilings(blocked.get());
        }
        if (answer == ClientAllowance.Answer.CHALLENGE && !challenges.accept(solution, client)) {
            return new FilingOutcome.ChallengeNeeded(challenges.issue(client));
        }
        var receipt = filing.file(request, consent);
        if (receipt.trackingSecret() != null) {
            filings.record(client);
        }
        return new FilingOutcome.Filed(receipt);
    }
}
