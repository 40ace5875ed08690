package org.candour.audit.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Audit entries can be added and read, never changed or deleted: there are deliberately no such methods. */
public interface LogEntryRepository extends Repository<LogEntry, Long> {

    LogEntry save(LogEntry entry);

    long count();

    Optional<LogEntry> findBySequence(long sequence);

    /** Entries whose subject and actor contain the given texts (ignoring case); empty texts match everything. */
    Page<LogEntry> findBySubjectContainingIgnoreCaseAndActorContainingIgnoreCase(String subject, String actor,
                                                                                 Pageable pageable);

    /** The next stretch of the chain, in order, for walking it without holding it all in memory. */
    List<LogEntry> findBySequenceBetweenOrderBySequenceAsc(long from, long to, Limit limit);
}
