package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The requester's answer to our question, received on a London date and waiting for a caseworker to confirm that
 * it answers the question, or to ask a new one. Both fields are null when nothing waits.
 */
@Embeddable
public class PendingAnswer {

    /** The question the answer is to: a clarification (s.54(3C)) or identity information (s.54(3)(b)). */
    public enum Question {
        CLARIFICATION, IDENTITY
    }

    @Column(name = "answer_received_on")
    private @Nullable LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_to", length = 16)
    private @Nullable Question question;

    void received(Question to, LocalDate on) {
        this.question = to;
        this.receivedOn = on;
    }

    void settled() {
        this.question = null;
        this.receivedOn = null;
    }

    public boolean waits() {
        return receivedOn != null && question != null;
    }

    public @Nullable LocalDate receivedOn() {
        return receivedOn;
    }

    public @Nullable Question question() {
        return question;
    }
}
