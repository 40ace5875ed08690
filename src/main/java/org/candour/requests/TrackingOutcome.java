package org.candour.requests;

import java.time.Instant;

/** The answer to "track a request". A wrong reference and a wrong secret look the same on purpose. */
public sealed interface TrackingOutcome {

    record Found(RequestStatus status) implements TrackingOutcome {
    }

    record NotFound() implements TrackingOutcome {
    }

    /** This connection is near its limit of failed look-ups: the browser must do this work first. */
    record ChallengeNeeded(WorkChallenge challenge) implements TrackingOutcome {
    }

    record TooManyAttempts(Instant tryAgainAfter) implements TrackingOutcome {
    }
}
