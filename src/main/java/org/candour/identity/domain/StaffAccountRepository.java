package org.candour.identity.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffAccountRepository extends JpaRepository<StaffAccount, UUID> {

    /** Looks up a username already normalised with {@link StaffAccount#normaliseUsername(String)}. */
    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** The session epoch of an enabled account (normalised username); empty if there is none or it is disabled. */
    @Query("select a.sessionEpoch from StaffAccount a where a.username = :username and a.enabled = true")
    Optional<Long> findSessionEpochOfEnabled(String username);

    /** Enabled administrators other than {@code username} (normalised): who could approve a grant it asks for. */
    @Query("select count(a) from StaffAccount a join a.roles r where r = org.candour.identity.Role.ADMIN "
            + "and a.enabled = true and a.username <> :username")
    long countOtherEnabledAdministrators(String username);
}
