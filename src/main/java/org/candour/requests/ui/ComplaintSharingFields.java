package org.candour.requests.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.candour.identity.ComplaintBodySummary;
import org.candour.requests.ComplaintConsent;
import org.candour.requests.ComplaintConsentRules;
import org.candour.shared.ui.FormValidation;
import org.candour.shared.ui.NativeSelect;
import org.jspecify.annotations.Nullable;

/**
 * "I have complained to ..., reference ...; share my request with them", and whether they may see who I am: the
 * same fields when filing and on the tracking page. There must be at least one body to choose.
 */
class ComplaintSharingFields extends Div {

    private final NativeSelect<ComplaintBodySummary> body;
    private final TextField complaint = Fields.text("share-complaint", "The reference they gave you", "off");
    private final Checkbox identity = new Checkbox("Let them see my name and contact details too");

    ComplaintSharingFields(List<ComplaintBodySummary> bodies, @Nullable ComplaintConsent given) {
        var chosen = given == null ? null : bodies.stream()
                .filter(b -> b.id().equals(given.complaintBodyId())).findFirst().orElse(null);
        body = new NativeSelect<>("share-body", "Who did you complain to?", bodies, ComplaintBodySummary::name,
                chosen != null ? chosen : bodies.getFirst());
        complaint.setWidth("16em");
        complaint.setManualValidation(true);
        identity.setId("share-identity");
        if (given != null) {
            complaint.setValue(given.complaintReference());
            identity.setValue(given.shareIdentity());
        }
        add(Fields.form(body, complaint, identity));
    }

    void validate(FormValidation validation) {
        validation.check(complaint, ComplaintConsentRules.reference(complaint.getValue()));
    }

    ComplaintBodySummary body() {
        return body.getValue();
    }

    String complaintReference() {
        return complaint.getValue().strip();
    }

    boolean sharesIdentity() {
        return identity.getValue();
    }

    ComplaintConsent consent() {
        return new ComplaintConsent(body().id(), complaintReference(), sharesIdentity());
    }
}
