package org.candour.requests.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.candour.identity.ComplaintBodies;
import org.candour.requests.domain.AccessPreference;
import org.candour.shared.ui.FormValidation;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.jspecify.annotations.Nullable;

@Route(value = "request-footage/what-you-want", layout = MainLayout.class)
@PageTitle("What you want - Request footage - Candour")
@AnonymousAllowed
class WhatYouWantView extends FilingStepView {

    private final RadioButtonGroup<AccessPreference> preference = new RadioButtonGroup<>("What would you like?");
    private final RadioButtonGroup<Boolean> complained = new RadioButtonGroup<>(
            "Have you complained about this incident to a complaint body? (optional)");
    private final @Nullable ComplaintSharingFields sharing;

    WhatYouWantView(RequestDraft draft, ComplaintBodies bodies) {
        super(draft, FilingStep.WHAT_YOU_WANT, "Do you want a copy of the footage, or to view it?");
        preference.setId("access-preference");
        preference.setManualValidation(true);
        preference.setItems(AccessPreference.values());
        preference.setItemLabelGenerator(AccessPreference::label);
        preference.setValue(draft.accessPreference);
        var all = bodies.all();
        sharing = all.isEmpty() ? null : new ComplaintSharingFields(all, draft.complaintConsent);
        complained.setId("complained");
        complained.setItems(true, false);
        complained.setItemLabelGenerator(yes -> yes ? "Yes, share my request with them" : "No");
        complained.setHelperText("The complaint body can then follow your request's progress and time limits. "
                + "They see who you are only if you say so below.");
        complained.setValue(draft.complaintConsent != null);
        add(Page.body("A copy is sent to you securely online. Other people in the footage may be blurred to "
                + "protect their privacy."), Fields.form(preference));
        if (sharing != null) {
            sharing.setVisible(draft.complaintConsent != null);
            complained.addValueChangeListener(change -> sharing.setVisible(Boolean.TRUE.equals(change.getValue())));
            add(Fields.form(complained), sharing);
        }
        add(continueButton());
    }

    @Override
    protected void validate(FormValidation validation) {
        validation.check(preference, preference.getValue() == null
                ? Optional.of("Select whether you want a copy or to view the footage") : Optional.empty());
        if (sharing != null && Boolean.TRUE.equals(complained.getValue())) {
            sharing.validate(validation);
        }
    }

    @Override
    protected void save() {
        draft.accessPreference = preference.getValue();
        draft.complaintConsent = sharing != null && Boolean.TRUE.equals(complained.getValue())
                ? sharing.consent() : null;
    }
}
