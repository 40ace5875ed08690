package org.candour.requests.domain;

import org.candour.requests.RequestState;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A period a request spent in one state: the stage history that workflow analytics measure. */
@Embeddable
public class Stage {

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 32)
    private RequestState state;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "exited_at")
    private @Nullable Instant exitedAt;

    protected Stage() {
        this.state = RequestState.SUBMITTED;
        this.enteredAt = Instant.EPOCH;
    }

    Stage(RequestState state, Instant enteredAt) {
        this.state = state;
        this.enteredAt = enteredAt;
    }

    void exit(Instant at) {
        this.exitedAt = at;
    }

    public RequestState state() {
        return state;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public @Nullable Instant exitedAt() {
        return exitedAt;
    }
}
