package org.candour.requests;

import java.time.Instant;

/** The answer to a member of the public sending their request from the public form. */
public sealed interface FilingOutcome {

    record Filed(FilingReceipt receipt) implements FilingOutcome {
    }

    /** This connection is near its limit: the browser must do this work before the request is accepted. */
    record ChallengeNeeded(WorkChallenge challenge) implements FilingOutcome {
    }

    /** This connection has sent as many requests as it may for now. Nothing was filed. */
    record TooManyFilings(Instant tryAgainAfter) implements FilingOutcome {
    }
}
