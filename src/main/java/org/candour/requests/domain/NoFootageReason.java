package org.candour.requests.domain;

/** Why no footage is held: the requester must be told which (DOMAIN.md, NO_FOOTAGE_HELD). */
public enum NoFootageReason {
    NEVER_RECORDED("No body-worn video of the incident was recorded."),
    DELETED_BEFORE_REQUEST("Footage was recorded but deleted under the 31-day retention rule before your request "
            + "reached us.");

    private final String explanation;

    NoFootageReason(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
