package org.candour.statistics.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.ReadOnlyPage;
import org.candour.statistics.Measure;

/** How the statistics are made and protected, in plain English. */
@Route(value = StatisticsPages.METHODOLOGY, layout = MainLayout.class)
@PageTitle("How these statistics are made - Candour")
@AnonymousAllowed
@StyleSheet("styles/statistics.css")
class MethodologyView extends Div implements ReadOnlyPage {

    MethodologyView() {
        addClassNames("page", "statistics-page");
        var measures = new UnorderedList();
        Arrays.stream(Measure.values()).forEach(m -> measures.add(new ListItem(m.label() + ": " + m.description()
                + ".")));
        add(Page.heading("How these statistics are made"), StatisticsPages.navigation(),
                Page.subheading("Releases, not live figures"),
                Page.body("The figures are published as releases. Each release is worked out once, from the footage "
                        + "catalogue and the footage requests, checked as a whole so that nobody can be identified, "
                        + "and then frozen with a version number, the period it covers and the date it was published. "
                        + "A release never changes. If a mistake is found we publish a new version with a note "
                        + "saying what it corrects. A release is published every month, and administrators can "
                        + "publish one at any time."),
                Page.body("We do this because figures that change every time you look would let someone compare two "
                        + "views and work out a hidden number by subtraction."),
                Page.subheading("What is counted"), measures,
                Page.body("Recordings count in the month they started (London time). Requests count in the month "
                        + "they were received, whatever month they were answered in. Days to answer are calendar "
                        + "days from receipt to the answer. A request is answered in time when it is answered on or "
                        + "before its due date under section 54 of the Data Protection Act 2018, including any "
                        + "extension and pause the law allows. Each BCU's figure is the sum of its boroughs, and "
                        + "London's the sum of the BCUs; rates and medians are worked out from all the records of "
                        + "the area. The City of London has its own police force and is not included."),
                Page.subheading("The league table: 12 months, not one"),
                Page.body("The league table ranks boroughs by the median days taken to answer the requests they "
                        + "received in the 12 months to the month chosen (that month and the 11 before it), then by "
                        + "the share of them answered in time. One month is too little: most boroughs answer fewer "
                        + "than 10 requests a month, and a median of fewer than 10 answers is withheld, so a "
                        + "monthly table would rank almost nobody. Twelve months also take the seasons out of the "
                        + "comparison. The same rules protect it: a borough whose 12 months hold fewer than 10 "
                        + "answered requests is not ranked, and a share is withheld when its part, or the rest, is "
                        + "from 1 to 9. The 12-month figures are recalculated in every release, from the requests "
                        + "received in the 11 months before its period too. Releases published before this rule "
                        + "keep the monthly table they were published with."),
                Page.subheading("Protecting people: what is withheld and why"),
                rules(),
                Page.body("Before a release is frozen, the portal attacks it the way a determined reader would: for "
                        + "every month and every count it tries every subtraction between boroughs, their BCU and "
                        + "London, and uses what it knows about withheld cells (a \"<10\" is between 1 and 9, a "
                        + "\"[c]\" is at least 10). Extra cells are withheld until that attack recovers nothing. "
                        + "Our tests repeat the attack on every release."),
                Page.body("No statistic is about one person. The figures never include names, contact details, "
                        + "references of requests or identifiers of officers."),
                Page.subheading("Revisions policy"),
                Page.body("Scheduled releases are announced in advance in the release calendar, at least a year "
                        + "ahead, and are published at the time announced. Each release covers the "
                        + "latest three years, so each one also revises the months it shares with the one before: "
                        + "a request is counted in the month it was received, and its answer, and so the time it "
                        + "took, is known only later. These are normal revisions, and they are why each release is "
                        + "frozen and numbered: compare figures within one release, not across releases."),
                Page.body("If we find a mistake in a published release, we publish a correction as a new release as "
                        + "soon as we can, outside the calendar. Its note says which release it corrects, what was "
                        + "wrong and what changed. We never change or withdraw a published release: earlier "
                        + "versions stay available at their own addresses, so anything quoted from them can be "
                        + "checked. Every release and correction is announced in the Atom feed of releases."),
                new Div(Page.link(StatisticsPages.CALENDAR, "Release calendar and feeds")),
                Page.subheading("Open data"),
                new Div(Page.body("Every release can be downloaded as CSV or JSON, per borough and per BCU, through "
                        + "the open data API. In CSV a withheld cell shows its symbol; in JSON its value is null "
                        + "and a flag says why."), new Anchor(StatisticsPages.OPEN_API,
                        "Open data API description (OpenAPI)")));
    }

    private static UnorderedList rules() {
        var list = new UnorderedList();
        list.add(new ListItem("<10: a count from 1 to 9. Small numbers could point to a person, so we do not show "
                + "them (the Office for National Statistics uses the same threshold). A count of 0 is shown."));
        list.add(new ListItem("[c]: a count of 10 or more, withheld so that a \"<10\" cannot be worked out by "
                + "subtracting other figures from a total (secondary suppression)."));
        list.add(new ListItem("[low]: a rate or median based on fewer than 10 recordings or answered requests, or on "
                + "a count that is withheld; or a share whose part, or the rest, is from 1 to 9 (3% of 100 "
                + "recordings would show the count 3). Hours recorded are withheld wherever the number of "
                + "recordings is."));
        list.setId("suppression-rules");
        return list;
    }
}
