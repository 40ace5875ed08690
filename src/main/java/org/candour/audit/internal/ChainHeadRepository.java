package org.candour.audit.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The chain head row, created by the migration; read, or locked for appending. Never created or deleted here. */
public interface ChainHeadRepository extends Repository<ChainHead, Integer> {

    @Query("select h from ChainHead h where h.id = " + ChainHead.ID)
    ChainHead read();

    /** Waits for and holds the lock on the head until the transaction ends (select ... for update). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from ChainHead h where h.id = " + ChainHead.ID)
    ChainHead lockForAppend();
}
