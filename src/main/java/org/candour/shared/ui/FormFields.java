package org.candour.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Form fields set up the same way on every form: a visible label, an id for tests and error links, validation
 * done by the page (manual) so messages follow the module's rules, and browser autocomplete where it helps.
 */
public final class FormFields {

    private FormFields() {
    }

    public static TextField text(String id, String label, String autocomplete) {
        var field = new TextField(label);
        field.setId(id);
        field.setManualValidation(true);
        field.setWidthFull();
        field.getElement().setAttribute("autocomplete", autocomplete);
        return field;
    }

    /** The fields of a form, one under another. */
    public static Div form(Component... fields) {
        var form = new Div(fields);
        form.addClassName("form-fields");
        return form;
    }
}
