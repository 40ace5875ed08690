package org.candour.statistics.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.DataTable;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.ReadOnlyPage;
import org.candour.statistics.ReleaseCalendar;
import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsReleases;

/** The release calendar: the scheduled releases announced in advance, the feeds, and the releases published. */
@Route(value = StatisticsPages.CALENDAR, layout = MainLayout.class)
@PageTitle("Statistics release calendar - Candour")
@AnonymousAllowed
@StyleSheet("styles/statistics.css")
class ReleaseCalendarView extends Div implements ReadOnlyPage {

    /** A year ahead on the monthly schedule. */
    private static final int ANNOUNCED = 12;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", LondonTime.LOCALE);

    ReleaseCalendarView(ReleaseCalendar calendar, StatisticsReleases releases) {
        addClassNames("page", "statistics-page");
        setId("release-calendar");
        add(Page.heading("Statistics release calendar"), StatisticsPages.navigation(),
                Page.lead("When the next statistics releases will be published, announced in advance, and every "
                        + "release and correction published so far."),
                Page.subheading("Coming releases"), upcoming(calendar),
                Page.subheading("Follow the releases"), feeds(),
                Page.subheading("Published releases"), published(releases.list()),
                Page.body("A correction is published as soon as a mistake is found, outside this calendar. Read the "
                        + "revisions policy in how these statistics are made."),
                new Div(Page.link(StatisticsPages.METHODOLOGY, "How these statistics are made")));
    }

    private static Div upcoming(ReleaseCalendar calendar) {
        var upcoming = calendar.upcoming(ANNOUNCED);
        if (upcoming.isEmpty()) {
            return Page.inset(Page.body("No release is scheduled at the moment. Releases are published when they "
                    + "are ready, and announced in the feed of releases."));
        }
        var rows = upcoming.stream().map(release -> {
            var at = release.publishedAt().atZone(LondonTime.ZONE);
            return List.of(LondonTime.inWordsWithDay(at.toLocalDate()),
                    TIME.format(at).toLowerCase(LondonTime.LOCALE),
                    LondonTime.inWords(release.periodFrom()) + " to " + LondonTime.inWords(release.periodTo()));
        }).toList();
        var table = DataTable.of("The next " + rows.size() + " scheduled releases (London time)",
                List.of("Date", "Time", "Figures from"), rows);
        table.setId("upcoming-releases");
        return new Div(table);
    }

    private static UnorderedList feeds() {
        var list = new UnorderedList(
                new ListItem(new Anchor("/api/v1/statistics/calendar.ics",
                        "Add the release dates to your calendar (iCalendar)")),
                new ListItem(new Anchor("/api/v1/statistics/releases.atom",
                        "Feed of published releases and corrections (Atom)")),
                new ListItem(new Anchor("/api/v1/statistics/calendar", "Release calendar as open data (JSON)")));
        list.setId("release-feeds");
        return list;
    }

    private static Div published(List<ReleaseSummary> summaries) {
        if (summaries.isEmpty()) {
            return Page.inset(Page.body("No statistics release has been published yet."));
        }
        var rows = summaries.stream().map(s -> List.of(Integer.toString(s.version()),
                LondonTime.inWords(s.publishedAt().atZone(LondonTime.ZONE).toLocalDate()),
                s.trigger() == ReleaseSummary.Trigger.SCHEDULE ? "Scheduled" : "Unscheduled", s.note())).toList();
        var table = DataTable.of("Releases published, newest first", List.of("Release", "Published", "Kind", "Note"),
                rows);
        table.setId("published-releases");
        return new Div(table);
    }
}
