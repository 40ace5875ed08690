package org.candour.identity;

import java.util.Map;

/** A change to a staff account that breaks a rule; {@link #problems()} maps each field to the message for it. */
public class InvalidAccountException extends IllegalArgumentException {

    public static final String USERNAME = "username";
    public static final String DISPLAY_NAME = "displayName";
    public static final String ROLES = "roles";
    public static final String PASSWORD = "password";
    public static final String ENABLED = "enabled";
    public static final String EMAIL = "email";

    private final Map<String, String> problems;

    public InvalidAccountException(Map<String, String> problems) {
        super("The staff account has problems with: " + String.join(", ", problems.keySet()));
        this.problems = Map.copyOf(problems);
    }

    public static InvalidAccountException of(String field, String message) {
        return new InvalidAccountException(Map.of(field, message));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
