package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A decision waiting for a supervisor's sign-off before it takes effect: a restriction (s.45(4)), with its ground, or
 * a release that names the disclosure copy to be released ({@code copyId}, its SHA-256), which a supervisor must
 * approve before the requester gets it.
 */
@Embeddable
public class ProposedDecision {

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_outcome", length = 32)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_ground", length = 32)
    private @Nullable RestrictionGround ground;

    @Column(name = "proposed_by", length = 64)
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "proposed_copy_id")
    private @Nullable UUID copyId;

    @Column(name = "proposed_copy_sha256", length = 64)
    private @Nullable String copySha256;

    protected ProposedDecision() {
        this.decision = Decision.REFUSED;
        this.ground = RestrictionGround.RIGHTS_OF_OTHERS;
        this.proposedBy = "";
        this.proposedAt = Instant.EPOCH;
    }

    ProposedDecision(Decision decision, @Nullable RestrictionGround ground, String proposedBy, Instant proposedAt) {
        this(decision, ground, proposedBy, proposedAt, null, null);
    }

    ProposedDecision(Decision decision, @Nullable RestrictionGround ground, String proposedBy, Instant proposedAt,
                     @Nullable UUID copyId, @Nullable String copySha256) {
        this.decision = decision;
        this.ground = ground;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.copyId = copyId;
        this.copySha256 = copySha256;
    }

    public Decision decision() {
        return decision;
    }

    public @Nullable RestrictionGround ground() {
        return ground;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    /** The disclosure copy this release names, or null for a restriction without a copy. */
    public @Nullable UUID copyId() {
        return copyId;
    }

    public @Nullable String copySha256() {
        return copySha256;
    }
}
