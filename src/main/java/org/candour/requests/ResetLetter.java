package org.candour.requests;

import java.time.Instant;
import java.util.UUID;

/** What the email with a one-time link carries: who to write to, the link's token (once) and until when it works. */
public record ResetLetter(UUID resetId, RequesterContact to, String token, Instant expiresAt) {
}
