package org.candour.requests.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FootageRequestRepository extends JpaRepository<FootageRequest, UUID> {

    Optional<FootageRequest> findByReference(String reference);

    Optional<FootageRequest> findBySubmissionKey(UUID submissionKey);

    /** A reference as staff typed or a page passed it: normalised, and nothing for what cannot be a reference. */
    default Optional<FootageRequest> findByTypedReference(String typed) {
        String reference = RequestReference.normalise(typed);
        return RequestReference.looksValid(reference) ? findByReference(reference) : Optional.empty();
    }

    /** Requests with an active link of this complaint body: proposed, consented or approved, not closed. */
    @Query(value = "select r from FootageRequest r where exists (select 1 from r.complaintLinks l where "
            + ACTIVE_FOR_BODY + ") order by r.receivedOn desc, r.reference",
            countQuery = "select count(r) from FootageRequest r where exists (select 1 from r.complaintLinks l "
                    + "where " + ACTIVE_FOR_BODY + ")")
    Page<FootageRequest> findActivelyLinkedTo(@Param("body") UUID complaintBodyId, Pageable pageable);

    /** Requests with a link a complaint body proposed that neither the requester nor a supervisor has agreed to. */
    @Query(value = "select r from FootageRequest r where exists (select 1 from r.complaintLinks l where "
            + AWAITING_APPROVAL + ") order by r.receivedOn, r.reference",
            countQuery = "select count(r) from FootageRequest r where exists (select 1 from r.complaintLinks l "
                    + "where " + AWAITING_APPROVAL + ")")
    Page<FootageRequest> findWithLinksAwaitingApproval(Pageable pageable);

    String ACTIVE_FOR_BODY = "l.complaintBodyId = :body and l.linkedBy is not null and l.closedAt is null "
            + "and (l.consentedAt is not null or l.approvedAt is not null)";

    String AWAITING_APPROVAL = "l.linkedBy is not null and l.closedAt is null and l.consentedAt is null "
            + "and l.approvedAt is null";
}
