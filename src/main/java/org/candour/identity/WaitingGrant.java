package org.candour.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A role that reads personal data, asked for an account by {@code askedBy} and waiting for another administrator's
 * approval until {@code lapsesAt}. {@code version} is the version read: an answer made with it is refused if someone
 * else answered meanwhile.
 */
public record WaitingGrant(UUID id, long version, UUID accountId, String username, String displayName, Role role,
                           String askedBy, Instant askedAt, Instant lapsesAt) {
}
