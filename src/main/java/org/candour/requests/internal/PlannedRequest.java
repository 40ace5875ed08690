package org.candour.requests.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.candour.requests.NewRequest;

/** A demo request as its requester filed it, and what the staff did with it afterwards, earliest first. */
record PlannedRequest(Instant filedAt, NewRequest form, List<HistoryStep> steps) {

    UUID submissionKey() {
        return form.submissionKey();
    }
}
