package org.candour.requests.domain;

import org.candour.requests.WorkflowException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A period in which the s.54 clock stood still because we asked the requester for clarification (s.54(3C)). */
@Embeddable
public class ClarificationPause {

    @Column(name = "asked_on", nullable = false)
    private LocalDate askedOn;

    @Column(name = "answered_on")
    private @Nullable LocalDate answeredOn;

    protected ClarificationPause() {
        this.askedOn = LocalDate.EPOCH;
    }

    ClarificationPause(LocalDate askedOn) {
        this.askedOn = askedOn;
    }

    boolean isOpen() {
        return answeredOn == null;
    }

    void answer(LocalDate on) {
        if (on.isBefore(askedOn)) {
            throw new WorkflowException("The clarification cannot arrive before it was asked for, on " + askedOn + ".");
        }
        this.answeredOn = on;
    }

    ClockPause toClockPause() {
        return new ClockPause(askedOn, answeredOn);
    }
}
