package org.candour.disclosure.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.candour.disclosure.DeliveryOverview;
import org.candour.disclosure.ReleasedCopy;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.Page;

/** For caseworkers: the copies released to the requester, until when, and the police-station slot they chose. */
final class DeliveryPanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", LondonTime.LOCALE);

    DeliveryPanel(DeliveryOverview overview, Instant now) {
        setId("delivery-overview");
        add(Page.subheading("Delivery to the requester"));
        if (overview.releases().isEmpty()) {
            add(Page.body("Nothing has been released to the requester yet. A copy is released when a supervisor "
                    + "signs off the redacted copy."));
        } else {
            var list = new UnorderedList();
            overview.releases().forEach(copy -> list.add(new ListItem(describe(copy, now))));
            add(list);
        }
        var appointment = Page.body(overview.appointment() == null
                ? "The requester has not asked to watch the footage at a police station."
                : "The requester chose to watch the footage at a police station on "
                        + DeliverySection.SLOT.format(overview.appointment()) + ". Confirm the address and time "
                        + "by message.");
        appointment.setId("delivery-appointment");
        add(appointment);
    }

    private static String describe(ReleasedCopy copy, Instant now) {
        String released = "Copy " + copy.footageFileId() + " released " + TIME.format(copy.releasedAt()
                .atZone(LondonTime.ZONE)) + ": ";
        if (copy.erasedAt() != null) {
            return released + "expired and deleted on " + TIME.format(copy.erasedAt().atZone(LondonTime.ZONE));
        }
        return released + (copy.availableAt(now) ? "available to the requester until the end of "
                : "expired at the end of ") + LondonTime.inWords(copy.lastDay());
    }
}
