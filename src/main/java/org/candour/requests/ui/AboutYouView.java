package org.candour.requests.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.Locale;
import org.candour.requests.FilingRules;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.FormValidation;
import org.candour.shared.ui.MainLayout;

@Route(value = "request-footage/about-you", layout = MainLayout.class)
@PageTitle("About you - Request footage - Candour")
@AnonymousAllowed
class AboutYouView extends FilingStepView {

    private final Clock clock;
    private final TextField fullName = Fields.text("full-name", "Full name", "name");
    private final DatePicker dateOfBirth = Fields.date("date-of-birth", "Date of birth");
    private final TextArea address = Fields.textArea("address", "Current address", "street-address");
    private final TextField postcode = Fields.text("postcode", "Postcode", "postal-code");
    private final EmailField email = Fields.email("email", "Email address");
    private final TextField phone = Fields.text("phone", "Telephone number (optional)", "tel");

    AboutYouView(RequestDraft draft, Clock clock) {
        super(draft, FilingStep.ABOUT_YOU, "About you");
        this.clock = clock;
        dateOfBirth.setHelperText("For example, 27/03/1987");
        dateOfBirth.setMax(LondonTime.today(clock));
        address.setHelperText("Where you live now, without the postcode");
        email.setHelperText("We will use this to tell you when your request changes");
        postcode.setWidth("12em");
        fullName.setValue(draft.fullName);
        dateOfBirth.setValue(draft.dateOfBirth);
        address.setValue(draft.address);
        postcode.setValue(draft.postcode);
        email.setValue(draft.email);
        phone.setValue(draft.phone);
        add(Fields.form(fullName, dateOfBirth, address, postcode, email, phone), continueButton());
    }

    @Override
    protected void validate(FormValidation validation) {
        validation.check(fullName, FilingRules.fullName(fullName.getValue()))
                .check(dateOfBirth, FilingRules.dateOfBirth(dateOfBirth.getValue(), LondonTime.today(clock)))
                .check(address, FilingRules.address(address.getValue()))
                .check(postcode, FilingRules.postcode(postcode.getValue()))
                .check(email, FilingRules.email(email.getValue()))
                .check(phone, FilingRules.phone(phone.getValue()));
    }

    @Override
    protected void save() {
        draft.fullName = fullName.getValue().strip();
        draft.dateOfBirth = dateOfBirth.getValue();
        draft.address = address.getValue().strip();
        draft.postcode = postcode.getValue().strip().toUpperCase(Locale.UK);
        draft.email = email.getValue().strip();
        draft.phone = phone.getValue().strip();
    }
}
