package org.candour.requests.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.candour.requests.RequestState;
import org.candour.requests.RequestUpdate;

/**
 * What a part of a request may do to the whole request when one of its transitions is taken. Only
 * {@link FootageRequest} implements it: the aggregate root alone registers events and keeps the stages and timeline.
 */
interface RequestChanges {

    RequestState state();

    /** Closes the current stage, opens {@code next}, refreshes the due date and audits {@code action}. */
    void moveTo(RequestState next, Officer by, Instant at, String action, String details);

    void audit(Officer by, String action, String details, Instant at);

    /** A timeline entry the requester sees, written by the portal. */
    void tellRequester(Instant at, String text);

    /** A timeline entry the requester sees, written by {@code by}. */
    void message(Instant at, String text, Officer by);

    /** An internal timeline entry, never shown to the requester. */
    void note(Instant at, String text, String author);

    /** Registers that casework changed the request without changing its state. */
    default void updated() {
        updated(RequestUpdate.CASEWORK);
    }

    /** Registers that the request changed without changing its state, and what changed. */
    void updated(RequestUpdate what);

    /** Registers that a supervisor approved the disclosure copy a release named. */
    void copyApproved(UUID copyId, String sha256, Officer by, Instant at);

    StatutoryDeadline deadline(LocalDate today);

    void refreshDueDate(LocalDate today);
}
