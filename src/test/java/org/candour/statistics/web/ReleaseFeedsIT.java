package org.candour.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsReleases;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The release calendar and the feed of releases, fetched over HTTP without signing in and parsed as a calendar
 * client (ical4j, which also validates RFC 5545) and a feed reader (a namespace-aware XML parser checking what RFC
 * 4287 requires) would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "candour.statistics.release-cron=0 0 6 1 * *") // the tests' default turns the schedule off
@Import(ClockTestConfiguration.class)
class ReleaseFeedsIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    StatisticsReleases releases;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void november() {
        clock.set(Instant.parse("2026-11-26T10:00:00Z"));
    }

    @Test
    void theCalendarIsValidICalendarAnnouncingAYearOfMonthlyReleases() throws Exception {
        var answer = get("/api/v1/statistics/calendar.ics");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(answer.body()));
        var validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(12);
        assertThat(value(events.getFirst(), Property.DTSTART)).isEqualTo("20261201T060000Z");
        assertThat(value(events.get(4), Property.DTSTART)).isEqualTo("20270401T050000Z"); // 6am, summer time
        assertThat(value(events.getFirst(), Property.UID)).isEqualTo("statistics-release-20261201T0600@localhost");
        assertThat(value(events.getFirst(), Property.DESCRIPTION)).contains("1 January 2024 to 1 December 2026");
        assertThat(events.stream().map(e -> value(e, Property.UID)).distinct()).hasSize(12);
        System.out.printf("Release calendar: %d events, valid RFC 5545 (ical4j), first %s%n", events.size(),
                value(events.getFirst(), Property.DTSTART));
    }

    @Test
    void theCalendarAsJsonNamesTheSameDates() throws Exception {
        var answer = get("/api/v1/statistics/calendar");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(new String(answer.body())).contains("\"scheduled\":true", "\"time_zone\":\"Europe/London\"",
                "{\"date\":\"2026-12-01\",\"published_at\":\"2026-12-01T06:00:00Z\",\"period_from\":\"2024-01-01\","
                        + "\"period_to\":\"2026-12-01\"}", "\"ical\":\"/api/v1/statistics/calendar.ics\"");
    }

    @Test
    void theAtomFeedListsEveryPublishedReleaseAndCorrectionNewestFirst() throws Exception {
        int scheduled = releases.publish("Scheduled monthly release.", ReleaseSummary.Trigger.SCHEDULE).version();
        clock.set(Instant.parse("2026-11-27T09:15:00.123456789Z"));
        int correction = releases.publish("Corrects release " + scheduled + ": Lambeth's requests were counted "
                + "twice in October 2026 & are now right.", ReleaseSummary.Trigger.ADMINISTRATOR).version();

        var answer = get("/api/v1/statistics/releases.atom");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Element feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer.body())).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) { // RFC 4287 4.1.1
            assertThat(children(feed, required)).as(required).hasSize(1);
        }
        assertThat(text(feed, "updated")).isEqualTo("2026-11-27T09:15:00Z");
        assertThat(children(feed, "link")).anySatisfy(link -> {
            assertThat(link.getAttribute("rel")).isEqualTo("self");
            assertThat(link.getAttribute("href")).endsWith("/api/v1/statistics/releases.atom");
        });
        List<Element> entries = children(feed, "entry");
        assertThat(entries.size()).isGreaterThanOrEqualTo(2);
        Element newest = entries.getFirst();
        for (String required : List.of("id", "title", "updated")) { // RFC 4287 4.1.2
            assertThat(children(newest, required)).as(required).hasSize(1);
        }
        assertThat(text(newest, "id")).endsWith("/api/v1/statistics/releases/" + correction);
        assertThat(text(newest, "title")).startsWith("Release " + correction + " (unscheduled)");
        assertThat(text(newest, "summary")).isEqualTo("Corrects release " + scheduled + ": Lambeth's requests were "
                + "counted twice in October 2026 & are now right.");
        assertThat(children(newest, "category").getFirst().getAttribute("term")).isEqualTo("unscheduled");
        assertThat(entries).anySatisfy(entry -> {
            assertThat(text(entry, "id")).endsWith("/api/v1/statistics/releases/" + scheduled);
            assertThat(text(entry, "updated")).isEqualTo("2026-11-26T10:00:00Z");
            assertThat(children(entry, "category").getFirst().getAttribute("term")).isEqualTo("scheduled");
        });
        for (Element entry : entries) {
            assertThat(Instant.parse(text(entry, "updated"))).isNotNull(); // RFC 3339 date-times
        }
        System.out.printf("Atom feed: %d entries, newest release %d%n", entries.size(), correction);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static List<Element> children(Element parent, String name) {
        var found = new java.util.ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).getFirst().getTextContent();
    }
}
