package org.candour.notifications.internal;

import java.util.Optional;
import java.util.UUID;
import org.candour.requests.Outcome;
import org.candour.requests.RequestEvent;
import org.candour.requests.RequestState;
import org.candour.requests.RequestStateChanged;
import org.candour.requests.RequestSubmitted;
import org.candour.requests.RequestUpdate;
import org.candour.requests.RequestUpdated;
import org.jspecify.annotations.Nullable;

/**
 * A change the requester is told of: the kind of notice, the key that makes it one message only (the change's id,
 * so a retried or resubmitted event finds the message already sent), and the state the request moved to, for
 * notices that depend on it (which decision).
 */
record Trigger(Notice notice, String key, @Nullable RequestState movedTo) {

    static Optional<Trigger> of(RequestEvent event) {
        return switch (event) {
            case RequestSubmitted submitted -> Optional.of(new Trigger(Notice.RECEIVED,
                    key(Notice.RECEIVED, submitted.requestId()), RequestState.SUBMITTED));
            case RequestStateChanged moved -> forMove(moved.from(), moved.to())
                    .flatMap(notice -> keyed(notice, moved.changeId(), moved.to()));
            case RequestUpdated updated -> forUpdate(updated.what())
                    .flatMap(notice -> keyed(notice, updated.changeId(), null));
            default -> Optional.empty();
        };
    }

    static Optional<Notice> forMove(RequestState from, RequestState to) {
        if (Outcome.of(to).isPresent()) {
            return Optional.of(Notice.DECISION);
        }
        return switch (to) {
            case AWAITING_IDENTITY -> Optional.of(Notice.IDENTITY_ASKED);
            case IDENTITY_VERIFIED -> Optional.of(Notice.CLOCK_STARTED);
            case AWAITING_CLARIFICATION -> Optional.of(Notice.CLARIFICATION_ASKED);
            case WITHDRAWN -> Optional.of(Notice.WITHDRAWN);
            default -> from == RequestState.AWAITING_CLARIFICATION && to.clockMayRun()
                    ? Optional.of(Notice.CLOCK_RESUMED) : Optional.empty();
        };
    }

    static Optional<Notice> forUpdate(@Nullable RequestUpdate what) {
        return switch (what) {
            case EXTENDED -> Optional.of(Notice.EXTENDED);
            case MESSAGE_SENT -> Optional.of(Notice.MESSAGE);
            case CASEWORK -> Optional.empty();
            case null -> Optional.empty();
        };
    }

    /** An event published before changes had ids has no key to send it once by: it is not mailed. */
    private static Optional<Trigger> keyed(Notice notice, @Nullable UUID changeId, @Nullable RequestState to) {
        return changeId == null ? Optional.empty() : Optional.of(new Trigger(notice, key(notice, changeId), to));
    }

    private static String key(Notice notice, UUID id) {
        return notice.name() + ":" + id;
    }
}
