package org.candour.footage;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.candour.footage.internal.RetentionSweeper;
import org.candour.shared.LondonTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 31-day rule over the catalogue: a daily sweep records recordings past their deletion date as deleted at
 * source (the metadata stays, for statistics), never evidential or held ones; and the counts of those deletions per
 * borough and month, for statistics releases.
 */
@Service
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    private final RetentionSweeper sweeper;
    private final Clock clock;

    RetentionService(RetentionSweeper sweeper, Clock clock) {
        this.sweeper = sweeper;
        this.clock = clock;
    }

    @Transactional
    public SweepResult sweep() {
        var today = LondonTime.today(clock);
        int marked = sweeper.sweep(today);
        log.info("Retention sweep for {}: {} recordings recorded as deleted at source", today, marked);
        return new SweepResult(today, marked);
    }

    /** Deletions recorded by the sweep, per borough and month, from the first month to the last, both included. */
    @Transactional(readOnly = true)
    public List<DeletionCount> deletionsByBoroughAndMonth(YearMonth from, YearMonth to) {
        return sweeper.deletionsByBoroughAndMonth(from, to);
    }
}
