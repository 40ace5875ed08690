package org.candour.disclosure;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An approved disclosure copy was released to the requester: they can watch and download it on the tracking page
 * until the end of {@code lastDay} (London date). Carries ids only; the notifications module emails the requester.
 */
public record FootageReleased(UUID requestId, String reference, UUID releaseId, LocalDate lastDay) {
}
