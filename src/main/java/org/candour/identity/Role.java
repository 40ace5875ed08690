package org.candour.identity;

/** What a member of staff may do. Spring Security sees each as an authority {@code ROLE_<name>}. */
public enum Role {

    CASEWORKER("Caseworker", "Locates, preserves, reviews and decides on footage requests."),
    SUPERVISOR("Supervisor", "Assigns casework and signs off refusals."),
    OVERSIGHT("Oversight", "Follows requests linked to complaints for a complaint body (read-mostly)."),
    ADMIN("Administrator", "Manages staff accounts and configuration."),
    MONITORING("Monitoring", "Reads the portal's metrics and checks the audit chain (HTTP only); sees no requests.");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
