package org.candour.disclosure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.text.NumberFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.candour.disclosure.DeliveryRefusedException;
import org.candour.disclosure.FootageDeliveries;
import org.candour.disclosure.RequesterDelivery;
import org.candour.requests.RequestStatus;
import org.candour.requests.TrackingCredentials;
import org.candour.requests.TrackingSection;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.NativeSelect;
import org.candour.shared.ui.Page;

/**
 * "Your footage is ready" on the tracking page: a player and a download for each released copy, through passes
 * bound to this tracking session, until the copy's last day; then "no longer available". The requester may choose
 * a time to watch it at a police station instead.
 */
@org.springframework.stereotype.Component
class DeliverySection implements TrackingSection {

    static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' ha",
            LondonTime.LOCALE);

    private final FootageDeliveries deliveries;

    DeliverySection(FootageDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public Optional<Component> sectionFor(TrackingCredentials who, RequestStatus status) {
        var session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        String sessionId = session.getSession().getId();
        return deliveries.forRequester(who, sessionId).filter(delivery -> !delivery.isEmpty())
                .map(delivery -> {
                    var section = new Div();
                    section.setId("footage-delivery");
                    section.addClassName("footage-delivery");
                    fill(section, delivery, who, sessionId, status.boroughName());
                    return section;
                });
    }

    private void fill(Div section, RequesterDelivery delivery, TrackingCredentials who, String sessionId,
                      String borough) {
        section.removeAll();
        if (delivery.available().isEmpty()) {
            section.add(new H2("This footage is no longer available"), Page.body("Copies of footage are kept for a "
                    + "limited time after we release them, and yours has now been deleted. If you still need it, "
                    + "ask again: make a new request and say that you had a copy before."));
            return;
        }
        section.add(new H2("Your footage is ready"), Page.body("Other people in the footage may be blurred or "
                + "their voices muted, to protect them. The copy works only in this browser while you are on "
                + "this page: if it stops, track your request again."));
        delivery.available().forEach(copy -> section.add(copy(copy)));
        section.add(appointment(section, delivery, who, sessionId, borough));
    }

    private static Div copy(RequesterDelivery.Available available) {
        var video = new Element("video");
        video.setAttribute("controls", true);
        video.setAttribute("preload", "none");
        video.setAttribute("src", available.playPath());
        video.setAttribute("aria-label", "Your footage");
        video.setText("Your browser cannot play the footage here. Download it instead.");
        var player = new Div();
        player.addClassName("footage-player");
        player.getElement().appendChild(video);
        var download = new Anchor(available.downloadPath(), "Download your footage (MP4, "
                + megabytes(available.sizeBytes()) + ")");
        download.getElement().setAttribute("download", "");
        download.getElement().setAttribute("router-ignore", "");
        download.addClassName("download-footage");
        var until = Page.body("You can watch or download it until the end of "
                + LondonTime.inWordsWithDay(available.copy().lastDay()) + ". After that it is deleted.");
        var item = new Div(until, player, new Paragraph(download));
        item.addClassName("released-copy");
        item.setId("released-copy-" + available.copy().id());
        return item;
    }

    private Div appointment(Div section, RequesterDelivery delivery, TrackingCredentials who, String sessionId,
                            String borough) {
        var part = new Div(new H3("Watch it at a police station instead"));
        part.setId("viewing-appointment");
        if (delivery.appointment() != null) {
            var chosen = Page.body("You chose to watch it at a police station in " + borough + " on "
                    + SLOT.format(delivery.appointment()) + ". We will send you a message on this page to confirm "
                    + "the address. Bring photo identification.");
            chosen.setId("appointment-chosen");
            part.add(chosen);
        }
        if (delivery.offeredSlots().isEmpty()) {
            part.add(Page.body("There are no times left before your copy is deleted."));
            return part;
        }
        if (delivery.appointment() == null) {
            part.add(Page.body("If you would rather not download the footage, you can watch it with one of our "
                    + "disclosure officers at a police station in " + borough + "."));
        }
        var chosen = delivery.appointment();
        var slots = new NativeSelect<ZonedDateTime>("appointment-slot", delivery.appointment() == null
                ? "Choose a time" : "Choose another time", delivery.offeredSlots(), SLOT::format,
                chosen != null && delivery.offeredSlots().contains(chosen) ? chosen
                        : delivery.offeredSlots().getFirst());
        var error = new Paragraph();
        error.addClassName("error-message");
        error.setVisible(false);
        var choose = new Button("Choose this time", click -> {
            try {
                deliveries.chooseAppointment(who, sessionId, slots.getValue())
                        .ifPresent(after -> fill(section, after, who, sessionId, borough));
            } catch (DeliveryRefusedException refused) {
                error.setText(refused.getMessage());
                error.setVisible(true);
            }
        });
        choose.setId("choose-appointment");
        part.add(error, slots, choose);
        return part;
    }

    private static String megabytes(long bytes) {
        var format = NumberFormat.getNumberInstance(LondonTime.LOCALE);
        format.setMaximumFractionDigits(1);
        return format.format(Math.max(0.1, bytes / 1_048_576.0)) + " MB";
    }
}
