package org.candour.requests.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Test notation for clarification pauses: "2026-03-05..2026-03-09" is closed, "2026-03-05.." is still open. */
final class PauseNotation {

    private PauseNotation() {
    }

    static List<ClockPause> parse(@Nullable String pauses) {
        if (pauses == null || pauses.isBlank()) {
            return List.of();
        }
        return Arrays.stream(pauses.trim().split("\\s+")).map(PauseNotation::parseOne).toList();
    }

    private static ClockPause parseOne(String pause) {
        String[] parts = pause.split("\\.\\.", -1);
        LocalDate askedOn = LocalDate.parse(parts[0]);
        return parts[1].isEmpty() ? ClockPause.open(askedOn) : new ClockPause(askedOn, LocalDate.parse(parts[1]));
    }
}
