package org.candour.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.candour.identity.ComplaintBodySummary;
import org.candour.requests.WorkflowException;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.SuccessBanner;

/**
 * On the tracking page: "I have complained to ..., reference ...; share my request with them". Nothing is shared
 * unless the requester asks here; who they are only if they tick the box as well.
 */
class ComplaintSharingPanel extends Div {

    /** Shares the request; false if the reference and secret no longer open it. */
    interface Share {
        boolean share(ComplaintBodySummary body, String complaintReference, boolean shareIdentity);
    }

    ComplaintSharingPanel(List<ComplaintBodySummary> bodies, Share share) {
        var errors = new ErrorSummary();
        var banner = new SuccessBanner();
        var fields = new ComplaintSharingFields(bodies, null);
        var button = new Button("Share my request with them", click -> {
            banner.hide();
            try {
                if (share.share(fields.body(), fields.complaintReference(), fields.sharesIdentity())) {
                    errors.hide();
                    banner.show("Your request is shared with " + fields.body().name() + " for complaint "
                            + fields.complaintReference() + (fields.sharesIdentity() ? ", including who you are."
                            : ". They will not see who you are."));
                } else {
                    errors.showMessage(TrackView.NOT_FOUND);
                }
            } catch (WorkflowException e) {
                errors.showMessage(e.getMessage());
            }
        });
        button.setId("share-request");
        button.addClassName("secondary-button");
        add(errors, banner, Page.subheading("Share your request with a complaint body"),
                Page.body("If you have complained about this incident, the complaint body can follow your request: "
                        + "its progress and its time limits. They see who you are only if you tick the box."),
                fields, button);
    }
}
