package org.candour.notifications.internal;

/**
 * The kinds of email a requester gets, one per change that concerns them. A new kind is one constant here, one case
 * in {@link Trigger#of} for the event that causes it, and one letter in {@link RequesterLetters}.
 * Footage ready and its deletion soon are sent by {@link FootageDeliveryNotifier} on the disclosure module's events.
 */
enum Notice {
    RECEIVED,
    IDENTITY_ASKED,
    CLOCK_STARTED,
    CLARIFICATION_ASKED,
    CLOCK_RESUMED,
    EXTENDED,
    MESSAGE,
    DECISION,
    WITHDRAWN,
    FOOTAGE_READY,
    FOOTAGE_EXPIRING
}
