package org.candour.statistics.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.candour.shared.LondonTime;
import org.candour.statistics.ReleaseCalendar;
import org.candour.statistics.StatisticsReleases;
import org.candour.statistics.UpcomingRelease;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The release calendar (JSON and iCalendar) and the Atom feed of published releases, beside the open-data API. They
 * change when time passes or a release is published, so they are cached for five minutes like the list.
 */
@RestController
@RequestMapping("/api/v1/statistics")
class ReleaseFeedsController {

    /** How many scheduled releases are announced: a year ahead on the monthly schedule. */
    static final int ANNOUNCED = 12;
    private static final CacheControl CHANGING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final ReleaseCalendar calendar;
    private final StatisticsReleases releases;
    private final Clock clock;
    private final String publicUrl;

    ReleaseFeedsController(ReleaseCalendar calendar, StatisticsReleases releases, Clock clock,
                           @Value("${candour.public-url}") String publicUrl) {
        this.calendar = calendar;
        this.releases = releases;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GetMapping(value = "/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> calendar() {
        var body = new LinkedHashMap<String, Object>();
        body.put("scheduled", calendar.scheduled());
        body.put("time_zone", LondonTime.ZONE.getId());
        body.put("upcoming", calendar.upcoming(ANNOUNCED).stream().map(ReleaseFeedsController::upcoming).toList());
        body.put("links", Map.of("ical", "/api/v1/statistics/calendar.ics", "atom", "/api/v1/statistics/releases.atom",
                "releases", "/api/v1/statistics/releases"));
        return ResponseEntity.ok().cacheControl(CHANGING).body(body);
    }

    /** A calendar with no event is not valid iCalendar (RFC 5545 3.6), so with the schedule off there is none. */
    @GetMapping(value = "/calendar.ics", produces = {ICalendarFeed.MEDIA_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> ical() {
        if (!calendar.scheduled()) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No statistics release is scheduled "
                    + "at the moment, so there is no calendar. GET /api/v1/statistics/releases.atom follows releases.");
            problem.setTitle("No release calendar");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.ok().cacheControl(CHANGING)
                .header("Content-Disposition", "inline; filename=\"candour-statistics-releases.ics\"")
                .contentType(MediaType.parseMediaType(ICalendarFeed.MEDIA_TYPE))
                .body(ICalendarFeed.render(calendar.upcoming(ANNOUNCED), clock.instant(), publicUrl, host()));
    }

    @GetMapping(value = "/releases.atom", produces = AtomFeed.MEDIA_TYPE)
    ResponseEntity<byte[]> atom() {
        return ResponseEntity.ok().cacheControl(CHANGING).contentType(MediaType.parseMediaType(AtomFeed.MEDIA_TYPE))
                .body(AtomFeed.render(releases.list(), publicUrl, clock.instant()));
    }

    private static Map<String, Object> upcoming(UpcomingRelease release) {
        var item = new LinkedHashMap<String, Object>();
        item.put("date", release.publishedAt().atZone(LondonTime.ZONE).toLocalDate().toString());
        item.put("published_at", release.publishedAt().toString());
        item.put("period_from", release.periodFrom().toString());
        item.put("period_to", release.periodTo().toString());
        return item;
    }

    private String host() {
        String host = URI.create(publicUrl).getHost();
        return host == null ? "candour" : host;
    }
}
