package org.candour.requests.ui;

import com.vaadin.flow.component.html.Div;
import org.candour.requests.CaseDetails;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.Page;

/**
 * Footage for this request: recordings attached from the footage catalogue and their preservation holds. While
 * footage may still be deleted under the 31-day rule, this section comes first on the page.
 */
final class FootagePanel extends Div {

    FootagePanel(CaseDetails details) {
        setId("footage");
        add(Page.subheading("Footage"));
        if (details.footageAtRisk()) {
            add(Page.warning("Footage of this incident is normally deleted on "
                    + LondonTime.inWords(details.footageDeletionDate()) + ". Find it and place a preservation hold "
                    + "first."));
        }
        if (details.recordings().isEmpty()) {
            add(Page.body("No recordings are attached to this request yet."));
        } else {
            var list = new SummaryList();
            details.recordings().forEach(r -> list.row("Recording " + r.recordingId().toString().substring(0, 8),
                    (r.held() ? "Preservation hold placed" : "Not held") + " · attached by " + r.attachedBy(), ""));
            add(list);
        }
        add(Page.inset(Page.body("Searching the footage catalogue by time window, borough and camera, attaching "
                + "recordings and placing preservation holds will be offered here once the footage catalogue is "
                + "connected to casework.")));
    }
}
