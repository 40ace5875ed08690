package org.candour.footage;

import java.time.LocalDate;

/** One run of the retention sweep: the London date it ran for and how many recordings it marked deleted at source. */
public record SweepResult(LocalDate sweptOn, int markedDeleted) {
}
