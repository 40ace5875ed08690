package org.candour.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.candour.requests.RequestSnapshot;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.jspecify.annotations.Nullable;

/**
 * One request in the index. Built only from a {@link RequestSnapshot}, which carries no requester identity, so
 * the index cannot hold any, and only facts, so nothing in it goes stale as days pass: "overdue" and "at risk"
 * are filters against today at query time ({@link RequestQueries}). Durations are in days, for percentiles. {@code open} is whether the state is an open
 * one (stored, so "overdue" and "at risk" filter on one term instead of a list of states).
 *
 * <p>{@code facetKey} exists only to make the facets of a search cheap (see {@link FacetKey}).
 *
 * <p>The workflow stages are flattened per state rather than nested: {@code stageEntries} counts the stages spent
 * in each state, {@code stageDays} lists the length in days of each finished one. Nested stages made each request
 * several Lucene documents, which every search then had to skip (three to four times the documents to visit).
 */
public record RequestDocument(String id, long version, String reference, String boroughCode, String boroughName,
                              String bcu, String state, boolean open, Instant submittedAt, LocalDate receivedOn,
                              LocalDate incidentDate, String clockStatus, @Nullable LocalDate dueDate,
                              LocalDate footageDeletionDate, boolean extended, boolean paused, boolean stopAndSearch,
                              @Nullable String outcome, @Nullable Instant outcomeAt, @Nullable Double daysToOutcome,
                              @Nullable Boolean answeredWithinDeadline, String location, String description,
                              Map<String, List<Double>> stageDays, Map<String, Integer> stageEntries,
                              boolean preserved, boolean linkedToComplaint,
                              @Nullable String assignedTo, @Nullable String restrictionGround,
                              @Nullable String noFootageReason, String facetKey) {

    public record StageDocument(String state, Instant enteredAt, @Nullable Instant exitedAt, @Nullable Double days) {
    }

    private static final double SECONDS_PER_DAY = 86_400.0;

    public static RequestDocument of(RequestSnapshot snapshot) {
        Borough borough = Boroughs.byCode(snapshot.boroughCode()).orElseThrow();
        Instant outcomeAt = snapshot.outcomeAt();
        String outcome = snapshot.outcome() == null ? null : snapshot.outcome().name();
        var stages = snapshot.stages().stream().map(stage -> new StageDocument(stage.state().name(), stage.enteredAt(),
                stage.exitedAt(), stage.exitedAt() == null ? null : days(stage.enteredAt(), stage.exitedAt())))
                .toList();
        return new RequestDocument(snapshot.id().toString(), snapshot.version(), snapshot.reference(),
                borough.gssCode(), borough.name(), borough.bcu(), snapshot.state().name(), snapshot.state().isOpen(),
                snapshot.submittedAt(), snapshot.receivedOn(), snapshot.incidentDate(), snapshot.clockStatus().name(),
                snapshot.dueDate(),
                snapshot.footageDeletionDate(), snapshot.extended(), snapshot.paused(), snapshot.stopAndSearch(),
                outcome, outcomeAt,
                outcomeAt == null ? null : days(snapshot.submittedAt(), outcomeAt),
                answeredWithinDeadline(snapshot),
                snapshot.location(), snapshot.description(),
                stageDays(stages), stageEntries(stages),
                snapshot.preserved(), snapshot.linkedToComplaint(), snapshot.assignedTo(),
                snapshot.restrictionGround(), snapshot.noFootageReason(),
                new FacetKey(borough.name(), snapshot.state().name(), outcome, snapshot.extended()).value());
    }

    /** The days spent in each finished stage, by state (a state entered twice has two values). */
    public static Map<String, List<Double>> stageDays(List<StageDocument> stages) {
        var days = new TreeMap<String, List<Double>>();
        stages.stream().filter(stage -> stage.days() != null)
                .forEach(stage -> days.computeIfAbsent(stage.state(), s -> new ArrayList<>()).add(stage.days()));
        return days;
    }

    /** How many stages were spent (or are being spent) in each state. */
    public static Map<String, Integer> stageEntries(List<StageDocument> stages) {
        var entries = new TreeMap<String, Integer>();
        stages.forEach(stage -> entries.merge(stage.state(), 1, Integer::sum));
        return entries;
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
