package org.candour.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoleGrantRepository extends JpaRepository<RoleGrant, UUID> {

    List<RoleGrant> findByAccountIdIn(Collection<UUID> accountIds);

    List<RoleGrant> findByAccountId(UUID accountId);

    boolean existsByAccountIdAndRole(UUID accountId, org.candour.identity.Role role);

    /** Grants still waiting, oldest first. */
    @Query("select g from RoleGrant g where g.askedAt > :askedAfter order by g.askedAt, g.id")
    List<RoleGrant> findWaiting(Instant askedAfter, Pageable pageable);

    @Query("select g from RoleGrant g where g.askedAt <= :askedBy order by g.askedAt, g.id")
    List<RoleGrant> findLapsed(Instant askedBy);
}
