package org.candour.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.candour.shared.audit.Audited;

/**
 * What an audit entry says: who did what to which subject, when, and why (no personal data). The instant is cut to
 * microseconds, the precision both H2 and PostgreSQL store, so the hash computed before saving still matches the
 * entry read back. Text must fit its column and be plain, well-formed text without control characters.
 */
public record EntryContent(String actor, String action, String subject, Instant at, String details)
        implements Audited {

    public static final int ACTOR_MAX = 64;
    public static final int ACTION_MAX = 64;
    public static final int SUBJECT_MAX = 100;
    public static final int DETAILS_MAX = 2000;

    public EntryContent {
        check("actor", actor, 1, ACTOR_MAX);
        check("action", action, 1, ACTION_MAX);
        check("subject", subject, 1, SUBJECT_MAX);
        check("details", details, 0, DETAILS_MAX);
        if (at == null) {
            throw new IllegalArgumentException("An audit entry needs the instant it happened");
        }
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    public static EntryContent of(Audited event) {
        return new EntryContent(event.actor(), event.action(), event.subject(), event.at(), event.details());
    }

    /** Events read back from the outbox may carry nulls whatever their types say, so nulls are checked too. */
    private static void check(String field, String value, int min, int max) {
        if (value == null) {
            throw new IllegalArgumentException("An audit entry needs a " + field);
        }
        if (value.isBlank() && min > 0) {
            throw new IllegalArgumentException("An audit entry's " + field + " must not be blank");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("An audit entry's " + field + " must be " + max + " characters or fewer");
        }
        if (value.chars().anyMatch(Character::isISOControl)
                || !StandardCharsets.UTF_8.newEncoder().canEncode(value)) {
            throw new IllegalArgumentException("An audit entry's " + field + " must be plain text without control "
                    + "characters");
        }
    }
}
