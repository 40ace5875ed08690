package org.candour.requests.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FootageRequestRepository extends JpaRepository<FootageRequest, UUID> {

    Optional<FootageRequest> findByReference(String reference);

    Optional<FootageRequest> findBySubmissionKey(UUID submissionKey);

    /** A reference as staff typed or a page passed it: normalised, and nothing for what cannot be a reference. */
    default Optional<FootageRequest> findByTypedReference(String typed) {
        String reference = RequestReference.normalise(typed);
        return RequestReference.looksValid(reference) ? findByReference(reference) : Optional.empty();
    }

    @Query(value = "select r from FootageRequest r where r.complaintLinks is not empty order by r.receivedOn desc, "
            + "r.reference", countQuery = "select count(r) from FootageRequest r where r.complaintLinks is not empty")
    Page<FootageRequest> findLinkedToComplaints(Pageable pageable);
}
