package org.candour.requests;

import java.util.Arrays;
import java.util.List;
import org.candour.requests.domain.RequestState;

/** The names of request states as other modules see them (in snapshots and read models). */
public final class RequestStates {

    private RequestStates() {
    }

    public static List<String> all() {
        return Arrays.stream(RequestState.values()).map(Enum::name).toList();
    }

    public static List<String> open() {
        return Arrays.stream(RequestState.values()).filter(RequestState::isOpen).map(Enum::name).toList();
    }

    /** The name a member of the public or a caseworker reads, e.g. "Searching for footage". */
    public static String label(String state) {
        return RequestState.valueOf(state).publicName();
    }
}
