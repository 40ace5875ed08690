package org.candour.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.disclosure.delivery.Appointments;
import org.candour.disclosure.delivery.DeliveryPasses;
import org.candour.disclosure.delivery.DeliverySettings;
import org.candour.disclosure.delivery.Releases;
import org.candour.disclosure.delivery.ViewingSlots;
import org.candour.disclosure.internal.StaffCheck;
import org.candour.identity.Role;
import org.candour.requests.RequestTrackingService;
import org.candour.requests.TrackingCredentials;
import org.candour.requests.TrackingOutcome;
import org.candour.shared.LondonTime;
import org.candour.shared.audit.AuditTrail;
import org.candour.shared.crypto.Sha256;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery of released disclosure copies to the requester. On the tracking page, once reference and secret match
 * (checked again here), each available copy gets a pass bound to that tracking session, for the in-page player and
 * the download; each play (its first range) and each download is audited. A copy is available for the days of
 * {@code candour.disclosure.delivery.available-days}, then refused with a clear page and erased by the sweep. The
 * requester may instead choose a slot to view it at a police station; caseworkers see the releases and the slot.
 */
@Service
public class FootageDeliveries {

    public static final String PATH = "/delivery";

    private final RequestTrackingService tracking;
    private final Releases releases;
    private final DeliveryPasses passes;
    private final Appointments appointments;
    private final DeliverySettings settings;
    private final FootageReader files;
    private final AuditTrail audit;
    private final Clock clock;

    FootageDeliveries(RequestTrackingService tracking, Releases releases, DeliveryPasses passes,
                      Appointments appointments, DeliverySettings settings, FootageReader files, AuditTrail audit,
                      Clock clock) {
        this.tracking = tracking;
        this.releases = releases;
        this.passes = passes;
        this.appointments = appointments;
        this.settings = settings;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the requester sees of delivery, with fresh passes for the tracking session {@code sessionId}; empty if
     * reference and secret do not match (counted as a failed tracking attempt).
     */
    @Transactional
    public Optional<RequesterDelivery> forRequester(TrackingCredentials who, String sessionId) {
        return verified(who).map(reference -> delivery(reference, sessionId));
    }

    /**
     * Records the police-station viewing slot the requester chose from those offered, replacing an earlier choice.
     *
     * @throws DeliveryRefusedException if the slot is not (or no longer) offered
     */
    @Transactional
    public Optional<RequesterDelivery> chooseAppointment(TrackingCredentials who, String sessionId,
                                                         ZonedDateTime slot) {
        return verified(who).map(reference -> {
            var now = clock.instant();
            var live = live(reference, now);
            if (!offered(live).contains(slot)) {
                throw new DeliveryRefusedException("That time is no longer offered. Choose one of the times shown.");
            }
            appointments.choose(reference, slot.toInstant(), now);
            audit.record(new DeliveryAudited(DeliveryAudited.REQUESTER, DeliveryAudited.APPOINTMENT_CHOSEN,
                    reference, now, "Viewing at a police station on " + slot.toLocalDateTime()));
            return delivery(reference, sessionId);
        });
    }

    /**
     * A released copy for the holder of {@code token} in the session {@code sessionId}. {@code firstRange} is a
     * read from the first byte: a new play or download, audited; the seeks within it are not counted again.
     */
    @Transactional
    public DeliveryAccess open(UUID releaseId, String token, @Nullable String sessionId, boolean download,
                               boolean firstRange) {
        var now = clock.instant();
        var pass = passes.find(token).filter(p -> p.releaseId().equals(releaseId))
                .filter(p -> sessionId != null && p.sessionHash().equals(Sha256.hex(sessionId)));
        if (pass.isEmpty()) {
            return new DeliveryAccess.Refused();
        }
        var copy = releases.byId(releaseId);
        if (copy.isEmpty() || !copy.get().availableAt(now)) {
            return new DeliveryAccess.Expired();
        }
        if (!pass.get().expiresAt().isAfter(now)) {
            return new DeliveryAccess.Refused();
        }
        var content = files.open(copy.get().footageFileId());
        if (content.isEmpty()) {
            return new DeliveryAccess.Expired();
        }
        if (firstRange) {
            audit.record(new DeliveryAudited(DeliveryAudited.REQUESTER,
                    download ? DeliveryAudited.DOWNLOADED : DeliveryAudited.VIEWED, copy.get().reference(), now,
                    (download ? "Download" : "Play") + " of copy " + copy.get().footageFileId() + ", SHA-256 "
                            + copy.get().sha256()));
        }
        return new DeliveryAccess.Granted(content.get(), copy.get().reference());
    }

    /** The releases of a request and the viewing slot chosen, for its caseworkers and supervisors. */
    @Transactional(readOnly = true)
    public DeliveryOverview forCaseworker(String reference) {
        StaffCheck.require("see the delivery of footage", Role.CASEWORKER, Role.SUPERVISOR);
        return new DeliveryOverview(releases.ofRequest(reference),
                appointments.of(reference).map(slot -> slot.atZone(LondonTime.ZONE)).orElse(null));
    }

    private Optional<String> verified(TrackingCredentials who) {
        return tracking.track(who.reference(), who.secret(), who.clientAddress()) instanceof TrackingOutcome.Found found
                ? Optional.of(found.status().reference()) : Optional.empty();
    }

    private RequesterDelivery delivery(String reference, String sessionId) {
        var now = clock.instant();
        var all = releases.ofRequest(reference);
        var available = new ArrayList<RequesterDelivery.Available>();
        for (ReleasedCopy copy : live(all, now)) {
            var content = files.open(copy.footageFileId());
            if (content.isEmpty()) {
                continue;
            }
            Instant passEnds = now.plus(settings.passLifetime());
            String token = passes.issue(copy.id(), sessionId,
                    passEnds.isBefore(copy.availableUntil()) ? passEnds : copy.availableUntil());
            String path = PATH + "/" + copy.id() + "/" + token;
            available.add(new RequesterDelivery.Available(copy, content.get().size(), path, path + "?download=1"));
        }
        boolean someExpired = all.stream().anyMatch(copy -> !copy.availableAt(now));
        var liveCopies = available.stream().map(RequesterDelivery.Available::copy).toList();
        return new RequesterDelivery(available, someExpired, offered(liveCopies),
                appointments.of(reference).map(slot -> slot.atZone(LondonTime.ZONE)).orElse(null));
    }

    private List<ReleasedCopy> live(String reference, Instant now) {
        return live(releases.ofRequest(reference), now);
    }

    private static List<ReleasedCopy> live(List<ReleasedCopy> copies, Instant now) {
        return copies.stream().filter(copy -> copy.availableAt(now)).toList();
    }

    private List<ZonedDateTime> offered(List<ReleasedCopy> live) {
        return live.stream().max(Comparator.comparing(ReleasedCopy::availableUntil))
                .map(latest -> ViewingSlots.offered(LondonTime.today(clock), latest.lastDay()))
                .orElse(List.of());
    }
}
