package org.candour.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Small building blocks for GOV.UK-style pages: headings, body text, back links, inset and warning text. */
public final class Page {

    private Page() {
    }

    public static H1 heading(String text) {
        var h1 = new H1(text);
        h1.addClassName("page-heading");
        return h1;
    }

    public static H2 subheading(String text) {
        return new H2(text);
    }

    public static Paragraph body(String text) {
        return new Paragraph(text);
    }

    public static Paragraph lead(String text) {
        var p = new Paragraph(text);
        p.addClassName("lead");
        return p;
    }

    public static Anchor backLink(String path) {
        var back = new Anchor(path, "Back");
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        return back;
    }

    public static Anchor link(String path, String text) {
        var link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    public static Div inset(Component... content) {
        var inset = new Div(content);
        inset.addClassName("inset-text");
        return inset;
    }

    /** A status tag, e.g. "Overdue" with class tag-overdue. */
    public static Span tag(String text, String... classNames) {
        var tag = new Span(text);
        tag.addClassName("status-tag");
        tag.addClassNames(classNames);
        return tag;
    }

    /** Text that must not be missed, with an icon and a hidden "Warning" for screen readers. */
    public static Div warning(String text) {
        var icon = new Span("!");
        icon.addClassName("warning-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        var hidden = new Span("Warning: ");
        hidden.addClassName("visually-hidden");
        var strong = new Span(hidden, new Span(text));
        strong.addClassName("warning-text-body");
        var warning = new Div(icon, strong);
        warning.addClassName("warning-text");
        return warning;
    }
}
