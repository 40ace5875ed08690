package org.candour.identity;

/** What a member of staff may do. Spring Security sees each as an authority {@code ROLE_<name>}. */
public enum Role {

    CASEWORKER("Caseworker", "Locates, preserves, reviews and decides on footage requests.", true),
    SUPERVISOR("Supervisor", "Assigns casework and signs off refusals.", true),
    OVERSIGHT("Oversight", "Follows requests linked to complaints for a complaint body (read-mostly).", true),
    ADMIN("Administrator", "Manages staff accounts and configuration.", true),
    MONITORING("Monitoring", "Reads the portal's metrics and checks the audit chain (HTTP only); sees no requests.",
            false);

    private final String label;
    private final String description;
    private final boolean readsPersonalData;

    Role(String label, String description, boolean readsPersonalData) {
        this.label = label;
        this.description = description;
        this.readsPersonalData = readsPersonalData;
    }

    /**
     * Whether the role reads personal data or grants access to it (an administrator can give themselves any role):
     * such a role needs two-factor sign-in ({@link TwoFactor}) and a second administrator's approval to be granted
     * ({@link RoleGrants}).
     */
    public boolean readsPersonalData() {
        return readsPersonalData;
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
