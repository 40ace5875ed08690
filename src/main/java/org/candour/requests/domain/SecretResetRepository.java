package org.candour.requests.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SecretResetRepository extends JpaRepository<SecretReset, UUID> {

    Optional<SecretReset> findByTokenHash(String tokenHash);

    List<SecretReset> findByRequestIdAndUsedAtIsNull(UUID requestId);
}
