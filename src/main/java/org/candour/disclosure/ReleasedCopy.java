package org.candour.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A disclosure copy released to the requester: available to the end of {@code lastDay} (London date), then
 * erased. {@code erasedAt} is set once the sweep deleted the file.
 */
public record ReleasedCopy(UUID id, String reference, UUID footageFileId, String sha256, Instant approvedAt,
                           Instant releasedAt, LocalDate lastDay, Instant availableUntil,
                           @Nullable Instant expiryWarnedAt, @Nullable Instant erasedAt) {

    public boolean availableAt(Instant now) {
        return erasedAt == null && now.isBefore(availableUntil);
    }
}
