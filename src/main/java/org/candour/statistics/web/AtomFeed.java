package org.candour.statistics.web;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.candour.shared.LondonTime;
import org.candour.statistics.ReleaseSummary;

/**
 * The feed of published releases and corrections as Atom (RFC 4287), newest first. Every release is an entry: a
 * scheduled one, or one an administrator published (a correction or an unscheduled release), its note saying which.
 * Ids are the releases' own permanent API addresses; the feed is as new as its newest release.
 */
final class AtomFeed {

    static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static byte[] render(List<ReleaseSummary> releases, String publicUrl, Instant noReleaseYet) {
        var bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "en-GB");
            element(xml, "id", publicUrl + "/api/v1/statistics/releases.atom");
            element(xml, "title", "Candour statistics releases");
            element(xml, "subtitle", "Published releases and corrections of anonymised statistics on police "
                    + "body-worn video in London.");
            element(xml, "updated", (releases.isEmpty() ? noReleaseYet : releases.getFirst().publishedAt())
                    .truncatedTo(ChronoUnit.SECONDS).toString());
            link(xml, "self", publicUrl + "/api/v1/statistics/releases.atom", "application/atom+xml");
            link(xml, "alternate", publicUrl + "/statistics/calendar", "text/html");
            xml.writeStartElement(ATOM, "author");
            element(xml, "name", "Candour statistics");
            xml.writeEndElement();
            for (ReleaseSummary release : releases) {
                entry(xml, release, publicUrl);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Atom feed", e);
        }
        return bytes.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, ReleaseSummary release, String publicUrl)
            throws XMLStreamException {
        String api = publicUrl + "/api/v1/statistics/releases/" + release.version();
        String published = release.publishedAt().truncatedTo(ChronoUnit.SECONDS).toString();
        xml.writeStartElement(ATOM, "entry");
        element(xml, "id", api);
        element(xml, "title", "Release " + release.version() + (release.trigger() == ReleaseSummary.Trigger.SCHEDULE
                ? "" : " (unscheduled)") + ": figures from " + LondonTime.inWords(release.periodFrom()) + " to "
                + LondonTime.inWords(release.periodTo()));
        element(xml, "published", published);
        element(xml, "updated", published);
        xml.writeEmptyElement(ATOM, "category");
        xml.writeAttribute("term", release.trigger() == ReleaseSummary.Trigger.SCHEDULE ? "scheduled" : "unscheduled");
        element(xml, "summary", release.note());
        link(xml, "alternate", api, "application/json");
        link(xml, "related", api + "/boroughs.csv", "text/csv");
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
