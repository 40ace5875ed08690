package org.candour.identity.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffAccountRepository extends JpaRepository<StaffAccount, UUID> {

    /** Looks up a username already normalised with {@link StaffAccount#normaliseUsername(String)}. */
    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);
}
