package org.candour.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * One element whose content is HTML the portal wrote itself, every text in it escaped with {@link HtmlText}. Unlike
 * Vaadin's {@code Html}, which parses its HTML on the server to find the root element, this only sets the content:
 * parsing a table of a few hundred cells cost more than building it.
 */
public final class HtmlBlock extends Component {

    /**
     * @param tag       the element, e.g. {@code table}
     * @param className its class
     * @param innerHtml its content, escaped by the caller
     */
    public HtmlBlock(String tag, String className, String innerHtml) {
        super(new Element(tag));
        getElement().setAttribute("class", className);
        getElement().setProperty("innerHTML", innerHtml);
    }
}
