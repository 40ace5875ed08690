package org.candour.requests;

import java.util.Map;

/** A request that breaks a filing rule; {@link #problems()} maps each field to the message for it. */
public class InvalidRequestException extends IllegalArgumentException {

    private final Map<String, String> problems;

    public InvalidRequestException(Map<String, String> problems) {
        super("The request has problems with: " + String.join(", ", problems.keySet()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
