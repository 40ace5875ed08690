package org.candour.requests;

import java.time.Instant;

/** The answer to "track a request". A wrong reference and a wrong secret look the same on purpose. */
public sealed interface TrackingOutcome {

    record Found(RequestStatus status) implements TrackingOutcome {
    }

    record NotFound() implements TrackingOutcome {
    }

    record TooManyAttempts(Instant tryAgainAfter) implements TrackingOutcome {
    }
}
