package org.candour.requests.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.candour.requests.domain.AccessPreference;
import org.candour.shared.ui.FormValidation;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

@Route(value = "request-footage/what-you-want", layout = MainLayout.class)
@PageTitle("What you want - Request footage - Candour")
@AnonymousAllowed
class WhatYouWantView extends FilingStepView {

    private final RadioButtonGroup<AccessPreference> preference = new RadioButtonGroup<>("What would you like?");

    WhatYouWantView(RequestDraft draft) {
        super(draft, FilingStep.WHAT_YOU_WANT, "Do you want a copy of the footage, or to view it?");
        preference.setId("access-preference");
        preference.setManualValidation(true);
        preference.setItems(AccessPreference.values());
        preference.setItemLabelGenerator(AccessPreference::label);
        preference.setValue(draft.accessPreference);
        add(Page.body("A copy is sent to you securely online. Other people in the footage may be blurred to "
                + "protect their privacy."), Fields.form(preference), continueButton());
    }

    @Override
    protected void validate(FormValidation validation) {
        validation.check(preference, preference.getValue() == null
                ? Optional.of("Select whether you want a copy or to view the footage") : Optional.empty());
    }

    @Override
    protected void save() {
        draft.accessPreference = preference.getValue();
    }
}
