package org.candour.requests.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.FormFields;

/**
 * Form fields set up the same way everywhere: a visible label, an id for tests and error links, validation done
 * by the page (manual) so messages follow the filing rules, and browser autocomplete where it helps.
 */
final class Fields {

    private Fields() {
    }

    static TextField text(String id, String label, String autocomplete) {
        return FormFields.text(id, label, autocomplete);
    }

    static TextArea textArea(String id, String label, String autocomplete) {
        var field = new TextArea(label);
        field.setId(id);
        field.setManualValidation(true);
        field.setWidthFull();
        field.setMinRows(3);
        field.getElement().setAttribute("autocomplete", autocomplete);
        return field;
    }

    static EmailField email(String id, String label) {
        var field = new EmailField(label);
        field.setId(id);
        field.setManualValidation(true);
        field.setWidthFull();
        field.getElement().setAttribute("autocomplete", "email");
        return field;
    }

    static DatePicker date(String id, String label) {
        var field = new DatePicker(label);
        field.setId(id);
        field.setManualValidation(true);
        field.setLocale(LondonTime.LOCALE);
        // Typing a date must not open the calendar: it took Tab into itself and lost keyboard users' focus.
        field.setAutoOpen(false);
        return field;
    }

    static TimePicker time(String id, String label) {
        var field = new TimePicker(label);
        field.setId(id);
        field.setManualValidation(true);
        field.setLocale(LondonTime.LOCALE);
        field.setStep(Duration.ofMinutes(15));
        return field;
    }

    static Div form(Component... fields) {
        return FormFields.form(fields);
    }
}
