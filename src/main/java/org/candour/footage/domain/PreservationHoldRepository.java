package org.candour.footage.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PreservationHoldRepository extends JpaRepository<PreservationHold, UUID> {

    List<PreservationHold> findByRecordingIdOrderByPlacedAt(String recordingId);

    @Query("select h from PreservationHold h where h.requestReference = :reference or h.complaintReference = :reference "
            + "order by h.placedAt, h.recordingId")
    List<PreservationHold> findByCaseReference(String reference);
}
