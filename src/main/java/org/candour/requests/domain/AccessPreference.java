package org.candour.requests.domain;

/** What the requester wants: a copy of the footage, or to view it at a police building. */
public enum AccessPreference {
    COPY("A copy of the footage"),
    VIEW("To view the footage at a police station");

    private final String label;

    AccessPreference(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
