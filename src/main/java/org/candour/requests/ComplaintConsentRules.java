package org.candour.requests;

import java.util.Optional;

/** The checks of a requester's consent to share their request with a complaint body, at filing and on tracking. */
public final class ComplaintConsentRules {

    public static final String BODY = "complaintBody";
    public static final String REFERENCE = "complaintReference";
    static final int MAX_REFERENCE = 40;

    private ComplaintConsentRules() {
    }

    /** The problem with the complaint reference the requester typed, if any. */
    public static Optional<String> reference(String typed) {
        return typed == null || typed.isBlank() || typed.strip().length() > MAX_REFERENCE
                ? Optional.of("Enter the reference the complaint body gave you, " + MAX_REFERENCE
                        + " characters or fewer")
                : Optional.empty();
    }
}
