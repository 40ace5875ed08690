package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.stream.Stream;
import org.candour.requests.WorkflowException;
import org.jspecify.annotations.Nullable;

/**
 * An internal review of a decision: when it was asked for, and who made the decision under review (who proposed or
 * decided it, and who signed it off). Someone other than them decides the review.
 */
@Embeddable
public class InternalReview {

    @Column(name = "review_asked_at")
    private @Nullable Instant askedAt;

    @Column(name = "review_of_decided_by", length = 64)
    private @Nullable String ofDecidedBy;

    @Column(name = "review_of_signed_off_by", length = 64)
    private @Nullable String ofSignedOffBy;

    void start(DecisionRecord decision, Instant at) {
        this.askedAt = at;
        this.ofDecidedBy = decision.decidedBy();
        this.ofSignedOffBy = decision.signedOffBy();
    }

    /** Refuses a reviewer who made (or signed off) the decision under review. */
    void checkReviewer(Officer by) {
        if (madeTheDecision(by.username())) {
            throw new WorkflowException("You made the decision under review, so you cannot decide the internal "
                    + "review. Someone who did not make it must review it.");
        }
    }

    public boolean madeTheDecision(String username) {
        return Stream.of(ofDecidedBy, ofSignedOffBy).anyMatch(username::equals);
    }

    public boolean wasAsked() {
        return askedAt != null;
    }

    public @Nullable Instant askedAt() {
        return askedAt;
    }

    public @Nullable String ofDecidedBy() {
        return ofDecidedBy;
    }

    public @Nullable String ofSignedOffBy() {
        return ofSignedOffBy;
    }
}
