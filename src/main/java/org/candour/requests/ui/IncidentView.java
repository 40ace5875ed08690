package org.candour.requests.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import org.candour.footage.FootageRetention;
import org.candour.requests.FilingRules;
import org.candour.footage.FootageRetention;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.FormValidation;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/** When and in which borough the requester was filmed; the City of London is explained and refused at once. */
@Route(value = "request-footage/incident", layout = MainLayout.class)
@PageTitle("When and where you were filmed - Request footage - Candour")
@AnonymousAllowed
class IncidentView extends FilingStepView {

    private final Clock clock;
    private final DatePicker date = Fields.date("incident-date", "Date you were filmed");
    private final TimePicker from = Fields.time("time-from", "From about");
    private final TimePicker to = Fields.time("time-to", "Until about");
    private final ComboBox<Borough> borough = new ComboBox<>("London borough");
    private final Div deletionNotice = new Div();

    IncidentView(RequestDraft draft, Clock clock) {
        super(draft, FilingStep.INCIDENT, "When and where were you filmed?");
        this.clock = clock;
        date.setMax(LondonTime.today(clock));
        date.setHelperText("For example, 14/11/2026");
        date.addValueChangeListener(change -> showDeletionNotice());
        from.setHelperText("24-hour clock, for example 21:30");
        borough.setId("borough");
        borough.setManualValidation(true);
        borough.setItems(Boroughs.all());
        borough.setItemLabelGenerator(Borough::name);
        borough.setHelperText("Start typing to search the 32 boroughs and the City of London");
        borough.setWidth("24em");
        borough.addValueChangeListener(change -> explainCityOfLondon());
        deletionNotice.addClassName("deletion-notice");
        deletionNotice.getElement().setAttribute("aria-live", "polite");
        date.setValue(draft.incidentDate);
        from.setValue(draft.timeFrom);
        to.setValue(draft.timeTo);
        Boroughs.byCode(draft.boroughCode).ifPresent(borough::setValue);
        var window = new Div(from, to);
        window.addClassName("time-window");
        add(Page.body("Tell us as closely as you can, so we can find the right recording."),
                Fields.form(date, deletionNotice, window, borough), continueButton());
    }

    private void showDeletionNotice() {
        deletionNotice.removeAll();
        var filmedOn = date.getValue();
        if (filmedOn == null || filmedOn.isAfter(LondonTime.today(clock))) {
            return;
        }
        var deletion = FootageRetention.deletionDate(filmedOn);
        deletionNotice.add(FootageRetention.isPastDeletion(deletion, LondonTime.today(clock))
                ? Page.warning("Footage from this date was normally deleted on " + LondonTime.inWords(deletion)
                        + ", unless it was kept as evidence. You can still ask: we will tell you if we hold any.")
                : Page.inset(Page.body("Footage from this date is normally deleted on " + LondonTime.inWords(deletion)
                        + ". We will look for it and protect it from deletion first.")));
    }

    private void explainCityOfLondon() {
        var problem = FilingRules.borough(borough.getValue() == null ? null : borough.getValue().gssCode());
        boolean city = borough.getValue() != null && !borough.getValue().isPolicedByTheMet();
        borough.setInvalid(city);
        borough.setErrorMessage(city ? problem.orElse(null) : null);
    }

    @Override
    protected void validate(FormValidation validation) {
        var today = LondonTime.today(clock);
        validation.check(date, FilingRules.incidentDate(date.getValue(), today))
                .check(from, FilingRules.timeWindow(from.getValue(), to.getValue()))
                .check(borough, FilingRules.borough(borough.getValue() == null ? null : borough.getValue().gssCode()));
    }

    @Override
    protected void save() {
        draft.incidentDate = date.getValue();
        draft.timeFrom = from.getValue();
        draft.timeTo = to.getValue();
        draft.boroughCode = borough.getValue().gssCode();
    }
}
