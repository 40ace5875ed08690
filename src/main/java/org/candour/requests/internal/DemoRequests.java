package org.candour.requests.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.candour.identity.ComplaintBodies;
import org.candour.requests.domain.AccessPreference;
import org.candour.requests.domain.Decision;
import org.candour.requests.domain.Officer;
import org.candour.requests.domain.RestrictionGround;
import org.candour.requests.domain.FootageRequest;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.requests.domain.Incident;
import org.candour.requests.domain.NewDocument;
import org.candour.requests.domain.RequestReference;
import org.candour.requests.domain.Requester;
import org.candour.requests.domain.TrackingSecret;
import org.candour.shared.LondonTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fictional requests for the local demo (profile {@code demo}), so that tracking can be tried at once. Every demo
 * request has the secret {@link #SECRET}; nothing is added when requests already exist.
 */
@Component
@Profile("demo")
class DemoRequests implements ApplicationRunner {

    static final String SECRET = "DEMO-DEMO-DEMO-DEMO";

    private record Sample(String name, String boroughCode, int daysAgo, String place, String what, boolean search) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("Demo Person One", "E09000022", 3, "Brixton Road, near the station",
                    "I was stopped and searched on my way home from work.", true),
            new Sample("Demo Person Two", "E09000030", 12, "Whitechapel Road market",
                    "Officers asked me to move on and filmed the conversation.", false),
            new Sample("Demo Person Three", "E09000005", 25, "Wembley Park, outside the arena",
                    "I was searched after a football match.", true),
            new Sample("Demo Person Four", "E09000028", 40, "Peckham Rye bus stop",
                    "I was stopped while waiting for a bus and my bag was searched.", true),
            new Sample("Demo Person Five", "E09000033", 2, "Oxford Street, near Marble Arch",
                    "I reported a theft and the officer recorded my account.", false));

    static final String IOPC = "Independent Office for Police Conduct (IOPC)";

    private final FootageRequestRepository requests;
    private final ReferenceNumbers referenceNumbers;
    private final ComplaintBodies bodies;
    private final Clock clock;

    DemoRequests(FootageRequestRepository requests, ReferenceNumbers referenceNumbers, ComplaintBodies bodies,
                 Clock clock) {
        this.requests = requests;
        this.bodies = bodies;
        this.referenceNumbers = referenceNumbers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (requests.count() > 0) {
            return;
        }
        var document = new NewDocument("specimen-id.png", specimenImage());
        var today = LondonTime.today(clock);
        var filed = SAMPLES.stream().map(sample -> file(sample, today, document)).toList();
        moveThroughTheWorkflow(filed);
        linkToComplaints(filed);
        filed.forEach(requests::save);
    }

    /**
     * Deterministic casework on the demo requests, so the queue, analytics and tracking look alive: one searching
     * and assigned, one waiting for clarification, one disclosed, one refused after sign-off; one left untouched.
     */
    private void moveThroughTheWorkflow(List<FootageRequest> filed) {
        var caseworker = new Officer("caseworker", false);
        var supervisor = new Officer("supervisor", true);
        var now = clock.instant();
        var searching = filed.get(0);
        searching.verifyIdentity(caseworker, LondonTime.today(clock), now);
        searching.startSearch(caseworker, now);
        searching.assign("caseworker", supervisor, now);
        var clarifying = filed.get(1);
        clarifying.verifyIdentity(caseworker, clarifying.receivedOn(), now);
        clarifying.startSearch(caseworker, now);
        clarifying.askForClarification(caseworker, "Which side of the market were you on?", now);
        var disclosed = filed.get(2);
        disclosed.verifyIdentity(caseworker, disclosed.receivedOn(), now);
        disclosed.startSearch(caseworker, now);
        disclosed.startReview(caseworker, now);
        disclosed.decide(Decision.DISCLOSED, null, caseworker, now);
        var refused = filed.get(3);
        refused.verifyIdentity(caseworker, refused.receivedOn(), now);
        refused.startSearch(caseworker, now);
        refused.startReview(caseworker, now);
        refused.decide(Decision.REFUSED, RestrictionGround.PREJUDICE_CRIME, caseworker, now);
        refused.signOff(supervisor, now);
    }

    /**
     * The first request is shared by its requester with the IOPC, identity included, and the IOPC's demo account
     * linked it: an active link. The IOPC also proposed a link to the second, without consent: it waits for a
     * supervisor. (The body's name is the one identity's demo accounts use.)
     */
    private void linkToComplaints(List<FootageRequest> filed) {
        var iopc = bodies.openIfMissing(IOPC).id();
        var oversight = new Officer("oversight", false);
        var now = clock.instant();
        filed.get(0).consentToComplaintLink(iopc, IOPC, "IOPC-2026-0042", true, now);
        filed.get(0).proposeComplaintLink(iopc, "IOPC-2026-0042", oversight, now);
        filed.get(1).proposeComplaintLink(iopc, "IOPC-2026-0107", oversight, now);
    }

    private FootageRequest file(Sample sample, LocalDate today, NewDocument document) {
        var submitted = clock.instant().minus(Duration.ofDays(Math.min(sample.daysAgo(), 1)));
        var reference = RequestReference.of(submitted.atZone(LondonTime.ZONE).getYear(), referenceNumbers.next());
        var requester = new Requester(sample.name(), LocalDate.of(1991, 4, 12), "1 Example Street, London", "SW1A 2AA",
                "demo@example.org", null, "Dark jacket and a grey backpack");
        var incident = new Incident(today.minusDays(sample.daysAgo()), LocalTime.of(18, 0), LocalTime.of(18, 45),
                sample.boroughCode(), sample.place(), sample.what(), null, null, sample.search());
        return FootageRequest.file(reference, UUID.randomUUID(), TrackingSecret.hash(SECRET), submitted, requester,
                incident, AccessPreference.COPY, List.of(document));
    }

    /** A real PNG shaped like an identity card (no text, so no fonts are needed), standing in for a scan. */
    static byte[] specimenImage() {
        var image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xE8EEF4));
        g.fillRect(0, 0, 320, 200);
        g.setColor(new Color(0x1D3A5F));
        g.fillRect(20, 30, 90, 120);
        g.fillRect(130, 40, 160, 12);
        g.fillRect(130, 70, 120, 12);
        g.fillRect(130, 100, 140, 12);
        g.dispose();
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
