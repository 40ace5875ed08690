package org.candour.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** What the service's information pages (privacy, accessibility, contact, cookies) share. */
final class InformationPage {

    static final String PRIVACY = "privacy";
    static final String ACCESSIBILITY = "accessibility";
    static final String CONTACT = "contact";
    static final String COOKIES = "cookies";

    private InformationPage() {
    }

    /** A paragraph of text with links (or other parts) in it: strings become text. */
    static Paragraph paragraph(Object... parts) {
        var paragraph = new Paragraph();
        for (Object part : parts) {
            paragraph.add(part instanceof Component component ? component : new Text(String.valueOf(part)));
        }
        return paragraph;
    }

    static UnorderedList bullets(String... items) {
        var list = new UnorderedList();
        list.addClassName("bullets");
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }

    static Anchor email(String address) {
        return new Anchor("mailto:" + address, address);
    }

    /** A link to another site, named in full so it reads well out of context. */
    static Anchor external(String url, String text) {
        var link = new Anchor(url, text);
        link.getElement().setAttribute("rel", "external");
        return link;
    }
}
