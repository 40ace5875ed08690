package org.candour.disclosure;

import java.time.Instant;
import java.util.UUID;

/**
 * A supervisor signed off a rendered disclosure copy of a request: it may now be released to the requester.
 * {@code sha256} is of the approved file's plaintext (chain of custody).
 */
public record DisclosureCopyApproved(String reference, UUID footageFileId, String sha256, Instant approvedAt) {
}
