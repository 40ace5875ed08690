package org.candour.disclosure;

import java.time.LocalDate;
import java.util.UUID;

/** A released copy will be deleted soon: after the end of {@code lastDay} (London date). Ids only. */
public record FootageExpiryNear(UUID requestId, String reference, UUID releaseId, LocalDate lastDay) {
}
