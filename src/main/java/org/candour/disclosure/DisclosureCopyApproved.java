package org.candour.disclosure;

import java.time.Instant;
import java.util.UUID;

/**
 * A supervisor's sign-off approved the redacted disclosure copy {@code footageFileId} (a footage file of kind
 * RENDERED, whose plaintext has this SHA-256) of request {@code reference} for release to the requester. Published
 * in the sign-off's transaction.
 */
public record DisclosureCopyApproved(String reference, UUID footageFileId, String sha256, Instant approvedAt) {
}
