package org.candour.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.candour.requests.RequestState;
import org.candour.search.SearchResults;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.Page;

/** One search hit: reference (opens the request), borough, state, clocks, warnings and the matched text. */
class SearchHitCard extends Div {

    SearchHitCard(SearchResults.Hit hit) {
        addClassName("search-hit");
        var reference = new Anchor("staff/requests/" + hit.reference(), hit.reference());
        reference.getElement().setAttribute("router-link", true);
        reference.addClassName("hit-reference");
        var state = new Span(hit.state().staffName());
        state.addClassName("status-tag");
        var header = new Div(reference, state);
        if (hit.overdue()) {
            header.add(Page.tag("Overdue", "tag-overdue"));
        }
        if (hit.atRisk()) {
            header.add(Page.tag("Footage at risk: deleted " + LondonTime.inWords(hit.footageDeletionDate()), "tag-at-risk"));
        }
        if (hit.extended()) {
            header.add(Page.tag("Extended", "tag-extended"));
        }
        header.addClassName("hit-header");
        var facts = new Paragraph(hit.boroughName() + " · received " + LondonTime.inWords(hit.receivedOn())
                + " · " + clock(hit));
        facts.addClassName("hit-facts");
        add(header, facts, snippet(hit.snippet()));
    }

    /** Renders matched words as mark elements from the marker characters, never interpreting HTML. */
    static Paragraph snippet(String marked) {
        var snippet = new Paragraph();
        snippet.addClassName("hit-snippet");
        var plain = new StringBuilder();
        boolean inMatch = false;
        for (char c : marked.toCharArray()) {
            if (c == SearchResults.MARK_START || c == SearchResults.MARK_END) {
                flush(snippet, plain, inMatch);
                inMatch = c == SearchResults.MARK_START;
            } else {
                plain.append(c);
            }
        }
        flush(snippet, plain, inMatch);
        return snippet;
    }

    private static void flush(Paragraph snippet, StringBuilder text, boolean match) {
        if (text.isEmpty()) {
            return;
        }
        if (match) {
            snippet.getElement().appendChild(new Element("mark").setText(text.toString()));
        } else {
            snippet.getElement().appendChild(Element.createText(text.toString()));
        }
        text.setLength(0);
    }

    private static String clock(SearchResults.Hit hit) {
        if (hit.state() == RequestState.AWAITING_CLARIFICATION) {
            return "clock paused for clarification";
        }
        return hit.dueDate() == null ? "clock not started" : "reply due " + LondonTime.inWords(hit.dueDate());
    }
}
