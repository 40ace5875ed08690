package org.candour.requests.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FootageRequestRepository extends JpaRepository<FootageRequest, UUID> {

    Optional<FootageRequest> findByReference(String reference);

    Optional<FootageRequest> findBySubmissionKey(UUID submissionKey);
}
