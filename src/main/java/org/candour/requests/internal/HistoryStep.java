package org.candour.requests.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.candour.requests.domain.Decision;
import org.candour.requests.domain.NoFootageReason;
import org.candour.requests.domain.RestrictionGround;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened to a demo request, at the time it happened: what a caseworker or supervisor did on the
 * casework page. {@code on} is the date the action names (verified on, answered on, notice given on).
 */
record HistoryStep(Instant at, Kind kind, @Nullable LocalDate on, @Nullable Decision decision,
                   @Nullable RestrictionGround ground, @Nullable NoFootageReason noFootage, int months) {

    enum Kind {
        ASK_FOR_IDENTITY(false), VERIFY_IDENTITY(false), START_SEARCH(false), ASSIGN(true),
        ASK_FOR_CLARIFICATION(false), CLARIFICATION_RECEIVED(false), EXTEND(false), START_REVIEW(false),
        DECIDE(false), SIGN_OFF(true), NO_FOOTAGE_HELD(false), WITHDRAW(false), CLOSE(false);

        private final boolean bySupervisor;

        Kind(boolean bySupervisor) {
            this.bySupervisor = bySupervisor;
        }

        boolean bySupervisor() {
            return bySupervisor;
        }
    }

    static HistoryStep of(Instant at, Kind kind) {
        return new HistoryStep(at, kind, null, null, null, null, 0);
    }

    static HistoryStep on(Instant at, Kind kind, LocalDate on) {
        return new HistoryStep(at, kind, on, null, null, null, 0);
    }
}
