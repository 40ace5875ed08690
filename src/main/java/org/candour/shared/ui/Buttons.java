package org.candour.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * The portal's buttons: one primary action per step, secondary ones beside it. A click is taken once: the browser
 * disables the button as it is clicked (a double click sends one), and the server enables it again once the action
 * has run. To take an action away for good, hide its button.
 */
public final class Buttons {

    private Buttons() {
    }

    public static Button primary(String id, String text, Runnable action) {
        var button = secondary(id, text, action);
        button.removeClassName("secondary-button");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    public static Button secondary(String id, String text, Runnable action) {
        var button = new Button(text);
        button.setId(id);
        button.addClassName("secondary-button");
        button.setDisableOnClick(true);
        button.addClickListener(click -> action.run());
        button.addClickListener(click -> button.setEnabled(true));
        return button;
    }
}
