package org.candour.requests.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.candour.shared.LondonTime;

/** Date fields of the staff pages, written and read the UK way (day/month/year). */
final class QueueFields {

    private QueueFields() {
    }

    static DatePicker date(String id, String label) {
        var field = new DatePicker(label);
        field.setId(id);
        field.setLocale(LondonTime.LOCALE);
        field.setClearButtonVisible(true);
        return field;
    }
}
