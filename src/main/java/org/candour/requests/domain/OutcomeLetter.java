package org.candour.requests.domain;

import org.jspecify.annotations.Nullable;

/**
 * The text the requester reads about the outcome. Every outcome tells them how to challenge it: an internal
 * review, asking the Information Commissioner to check a restriction (s.51), and complaining to the ICO.
 */
public final class OutcomeLetter {

    static final String YOUR_RIGHTS = "If you disagree, you can ask us for an internal review. You can also ask the "
            + "Information Commissioner's Office (ICO) to check that our decision is lawful (Data Protection Act 2018, "
            + "section 51), and you can complain to the ICO: ico.org.uk, 0303 123 1113.";

    private OutcomeLetter() {
    }

    public static String forDecision(Decision decision, @Nullable RestrictionGround ground) {
        String text = switch (decision) {
            case DISCLOSED -> "We have decided to release the footage to you.";
            case PARTIALLY_DISCLOSED -> "We have decided to release part of the footage. We have restricted the rest "
                    + "under " + section(ground) + ", " + purpose(ground) + ".";
            case REFUSED -> "We have decided not to release the footage. We have restricted your access under "
                    + section(ground) + ", " + purpose(ground) + ".";
        };
        return text + " " + YOUR_RIGHTS;
    }

    public static String forNoFootage(NoFootageReason reason) {
        return "We do not hold footage that matches your request. " + reason.explanation() + " " + YOUR_RIGHTS;
    }

    /** Whether a line the requester reads is an outcome letter: every one ends by telling them their rights. */
    public static boolean isOutcomeLetter(String text) {
        return text.endsWith(YOUR_RIGHTS);
    }

    private static String section(@Nullable RestrictionGround ground) {
        return ground == null ? "section 45(4) of the Data Protection Act 2018"
                : "section " + ground.section().substring(2) + " of the Data Protection Act 2018";
    }

    private static String purpose(@Nullable RestrictionGround ground) {
        return ground == null ? "" : ground.purpose();
    }
}
