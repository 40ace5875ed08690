package org.candour.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.candour.requests.RequestSnapshot;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.jspecify.annotations.Nullable;

/**
 * One request in the index. Built only from a {@link RequestSnapshot}, which carries no requester identity, so
 * the index cannot hold any. Durations are in days, for percentiles.
 */
public record RequestDocument(String id, long version, String reference, String boroughCode, String boroughName,
                              String bcu, String state, Instant submittedAt, LocalDate receivedOn,
                              LocalDate incidentDate, String clockStatus, @Nullable LocalDate dueDate,
                              LocalDate footageDeletionDate, boolean extended, boolean paused, boolean stopAndSearch,
                              @Nullable String outcome, @Nullable Instant outcomeAt, @Nullable Double daysToOutcome,
                              @Nullable Boolean answeredWithinDeadline, String location, String description,
                              List<StageDocument> stages, boolean preserved, boolean linkedToComplaint,
                              @Nullable String assignedTo, @Nullable String restrictionGround,
                              @Nullable String noFootageReason) {

    public record StageDocument(String state, Instant enteredAt, @Nullable Instant exitedAt, @Nullable Double days) {
    }

    private static final double SECONDS_PER_DAY = 86_400.0;

    public static RequestDocument of(RequestSnapshot snapshot) {
        Borough borough = Boroughs.byCode(snapshot.boroughCode()).orElseThrow();
        Instant outcomeAt = snapshot.outcomeAt();
        return new RequestDocument(snapshot.id().toString(), snapshot.version(), snapshot.reference(),
                borough.gssCode(), borough.name(), borough.bcu(), snapshot.state(), snapshot.submittedAt(),
                snapshot.receivedOn(), snapshot.incidentDate(), snapshot.clockStatus(), snapshot.dueDate(),
                snapshot.footageDeletionDate(), snapshot.extended(), snapshot.paused(), snapshot.stopAndSearch(),
                snapshot.outcome(), outcomeAt,
                outcomeAt == null ? null : days(snapshot.submittedAt(), outcomeAt),
                answeredWithinDeadline(snapshot),
                snapshot.location(), snapshot.description(),
                snapshot.stages().stream().map(stage -> new StageDocument(stage.state(), stage.enteredAt(),
                        stage.exitedAt(), stage.exitedAt() == null ? null : days(stage.enteredAt(), stage.exitedAt())))
                        .toList(),
                snapshot.preserved(), snapshot.linkedToComplaint(), snapshot.assignedTo(),
                snapshot.restrictionGround(), snapshot.noFootageReason());
    }

    private static @Nullable Boolean answeredWithinDeadline(RequestSnapshot snapshot) {
        if (snapshot.outcomeAt() == null || snapshot.dueDate() == null) {
            return null;
        }
        LocalDate answeredOn = snapshot.outcomeAt().atZone(org.candour.shared.LondonTime.ZONE).toLocalDate();
        return !answeredOn.isAfter(snapshot.dueDate());
    }

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / SECONDS_PER_DAY;
    }
}
