package org.candour.requests;

import java.time.Instant;
import java.util.UUID;

/**
 * A supervisor signed off a release that names a disclosure copy (issue 16): the copy {@code copyId}, with the
 * SHA-256 the caseworker proposed it with, is approved for the requester. Published while the sign-off's transaction
 * is open, so a synchronous listener that refuses the copy undoes the sign-off.
 */
public record ReleaseCopySignedOff(UUID requestId, String reference, UUID copyId, String sha256, String signedOffBy,
                                   Instant at) {
}
