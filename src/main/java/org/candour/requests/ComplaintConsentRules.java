package org.candour.requests;

import java.util.Optional;
import org.candour.requests.domain.ComplaintLink;

/** The checks of a requester's consent to share their request with a complaint body, at filing and on tracking. */
public final class ComplaintConsentRules {

    public static final String BODY = "complaintBody";
    public static final String REFERENCE = "complaintReference";

    private ComplaintConsentRules() {
    }

    /** The problem with the complaint reference the requester typed, if any. */
    public static Optional<String> reference(String typed) {
        return typed == null || typed.isBlank() || typed.strip().length() > ComplaintLink.MAX_REFERENCE
                ? Optional.of("Enter the reference the complaint body gave you, " + ComplaintLink.MAX_REFERENCE
                        + " characters or fewer")
                : Optional.empty();
    }
}
