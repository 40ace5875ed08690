package org.candour.requests;

import java.time.Instant;

/** The answer to "I have lost my tracking secret": the same whether or not the details matched. */
public sealed interface ResetAsk {

    /** Asked: if the reference and address match, an email is on its way. */
    record Asked() implements ResetAsk {
    }

    record TooManyAttempts(Instant tryAgainAfter) implements ResetAsk {
    }
}
