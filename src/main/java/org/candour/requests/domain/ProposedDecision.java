package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A restricting decision (s.45(4)) waiting for a supervisor's sign-off before it takes effect. */
@Embeddable
public class ProposedDecision {

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_outcome", length = 32)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_ground", length = 32)
    private RestrictionGround ground;

    @Column(name = "proposed_by", length = 64)
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    protected ProposedDecision() {
        this.decision = Decision.REFUSED;
        this.ground = RestrictionGround.RIGHTS_OF_OTHERS;
        this.proposedBy = "";
        this.proposedAt = Instant.EPOCH;
    }

    ProposedDecision(Decision decision, RestrictionGround ground, String proposedBy, Instant proposedAt) {
        this.decision = decision;
        this.ground = ground;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    public Decision decision() {
        return decision;
    }

    public RestrictionGround ground() {
        return ground;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }
}
