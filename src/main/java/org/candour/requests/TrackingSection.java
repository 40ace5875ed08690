package org.candour.requests;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the tracking page that another module adds (the disclosure module: "Your footage is ready"), shown
 * under the request's status once the reference and secret matched. It is handed the credentials typed, so that it
 * can check them again itself ({@link RequestTrackingService#track}) before showing anything of its own.
 */
public interface TrackingSection {

    Optional<Component> sectionFor(TrackingCredentials who, RequestStatus status);
}
