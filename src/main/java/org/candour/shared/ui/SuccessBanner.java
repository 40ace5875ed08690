package org.candour.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** GOV.UK success notification banner: says that an action worked; announced politely to screen readers. */
public class SuccessBanner extends Div {

    public SuccessBanner() {
        addClassName("success-banner");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    public void show(String message) {
        removeAll();
        add(new H2("Success"), new Paragraph(message));
        setVisible(true);
    }

    public void hide() {
        removeAll();
        setVisible(false);
    }
}
