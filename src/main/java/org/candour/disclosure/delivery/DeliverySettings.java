package org.candour.disclosure.delivery;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Delivery settings: how many days a released copy stays available ({@code candour.disclosure.delivery.
 * available-days}, 28), how many days before the end the requester is warned (3), and how long a pass issued to a
 * tracking session lasts ({@code pass-lifetime}, 4 hours; the page issues a new one each time it is shown).
 */
@Component
public class DeliverySettings {

    private final ReleaseWindow window;
    private final Duration passLifetime;

    DeliverySettings(@Value("${candour.disclosure.delivery.available-days:28}") int days,
                     @Value("${candour.disclosure.delivery.warn-days-before:3}") int warnDaysBefore,
                     @Value("${candour.disclosure.delivery.pass-lifetime:PT4H}") Duration passLifetime) {
        this.window = new ReleaseWindow(days, warnDaysBefore);
        this.passLifetime = passLifetime;
    }

    public ReleaseWindow window() {
        return window;
    }

    public Duration passLifetime() {
        return passLifetime;
    }
}
