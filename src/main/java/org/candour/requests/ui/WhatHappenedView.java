package org.candour.requests.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.candour.requests.FilingRules;
import org.candour.shared.ui.FormValidation;
import org.candour.shared.ui.MainLayout;

/** The place, what happened, how to recognise the requester, and optional references that speed up the search. */
@Route(value = "request-footage/what-happened", layout = MainLayout.class)
@PageTitle("What happened - Request footage - Candour")
@AnonymousAllowed
class WhatHappenedView extends FilingStepView {

    private static final String YES = "Yes";
    private static final String NO = "No";

    private final TextField location = Fields.text("location", "Where were you filmed?", "off");
    private final TextArea whatHappened = Fields.textArea("what-happened", "What happened?", "off");
    private final TextArea appearance = Fields.textArea("appearance", "How can we recognise you in the footage?", "off");
    private final RadioButtonGroup<String> stopAndSearch = new RadioButtonGroup<>("Were you stopped and searched?");
    private final TextField collarNumber = Fields.text("collar-number", "Officer's collar number (optional)", "off");
    private final TextField cadReference = Fields.text("cad-reference", "Incident or CAD reference (optional)", "off");

    WhatHappenedView(RequestDraft draft) {
        super(draft, FilingStep.WHAT_HAPPENED, "What happened?");
        location.setHelperText("A street and a landmark, for example: Brixton Road, outside the underground station");
        whatHappened.setMaxLength(FilingRules.DESCRIPTION_MAX);
        whatHappened.setHelperText("What the officers did and what you did, in your own words");
        appearance.setMaxLength(FilingRules.APPEARANCE_MAX);
        appearance.setHelperText("For example, your clothes, hair and anything you were carrying, and who was with you");
        stopAndSearch.setId("stop-and-search");
        stopAndSearch.setItems(YES, NO);
        stopAndSearch.setManualValidation(true);
        collarNumber.setHelperText("The number on the officer's shoulder, if you saw it");
        cadReference.setHelperText("If the police gave you a reference, for example on a stop and search receipt");
        location.setValue(draft.location);
        whatHappened.setValue(draft.whatHappened);
        appearance.setValue(draft.howToRecogniseYou);
        if (draft.stopAndSearch != null) {
            stopAndSearch.setValue(draft.stopAndSearch ? YES : NO);
        }
        collarNumber.setValue(draft.collarNumber);
        cadReference.setValue(draft.cadReference);
        add(Fields.form(location, whatHappened, appearance, stopAndSearch, collarNumber, cadReference),
                continueButton());
    }

    @Override
    protected void validate(FormValidation validation) {
        validation.check(location, FilingRules.location(location.getValue()))
                .check(whatHappened, FilingRules.whatHappened(whatHappened.getValue()))
                .check(appearance, FilingRules.howToRecogniseYou(appearance.getValue()))
                .check(stopAndSearch, stopAndSearch.getValue() == null
                        ? Optional.of("Select yes if you were stopped and searched") : Optional.empty())
                .check(collarNumber, FilingRules.collarNumber(collarNumber.getValue()))
                .check(cadReference, FilingRules.cadReference(cadReference.getValue()));
    }

    @Override
    protected void save() {
        draft.location = location.getValue().strip();
        draft.whatHappened = whatHappened.getValue().strip();
        draft.howToRecogniseYou = appearance.getValue().strip();
        draft.stopAndSearch = YES.equals(stopAndSearch.getValue());
        draft.collarNumber = collarNumber.getValue().strip();
        draft.cadReference = cadReference.getValue().strip();
    }
}
