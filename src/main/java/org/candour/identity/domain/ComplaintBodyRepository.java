package org.candour.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintBodyRepository extends JpaRepository<ComplaintBody, UUID> {

    List<ComplaintBody> findAllByOrderByName();

    Optional<ComplaintBody> findByNameIgnoreCase(String name);
}
