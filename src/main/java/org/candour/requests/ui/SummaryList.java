package org.candour.requests.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** GOV.UK summary list: a key, the answer, and a "Change" link that names what it changes for screen readers. */
final class SummaryList extends DescriptionList {

    SummaryList() {
        addClassName("summary-list");
    }

    SummaryList row(String key, String value, String changePath) {
        var row = new Div(new Term(key), new Description(value.isBlank() ? "Not given" : value));
        row.addClassName("summary-row");
        if (!changePath.isEmpty()) {
            var change = new Anchor(changePath, "Change");
            change.getElement().setAttribute("router-link", true);
            var hidden = new Span(" " + key.toLowerCase(Locale.UK));
            hidden.addClassName("visually-hidden");
            change.add(hidden);
            row.add(new Description(change));
        }
        add(row);
        return this;
    }
}
