package org.candour.requests;

import java.time.Clock;
import java.util.List;
import org.candour.identity.Role;
import org.candour.requests.domain.PersonalDataRetention;
import org.candour.requests.internal.CurrentStaff;
import org.candour.requests.internal.ErasureCandidates;
import org.candour.requests.internal.ErasureSweepLog;
import org.candour.requests.internal.RequestEraser;
import org.candour.shared.LondonTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Erases the personal data of closed requests whose retention period has ended (DPA 2018 s.39; see
 * {@link PersonalDataRetention} for which date counts), daily, and keeps a report of each run for administrators.
 * Each request is erased in a transaction of its own, with its audit entry and its index update (through the
 * outbox): a failure leaves that request as it was and the next run takes it again; an erased request is never
 * taken twice, so a second run the same day changes nothing.
 */
@Service
public class PersonalDataErasure {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataErasure.class);

    private final PersonalDataRetention retention;
    private final ErasureCandidates candidates;
    private final RequestEraser eraser;
    private final ErasureSweepLog sweeps;
    private final CurrentStaff staff;
    private final Clock clock;

    PersonalDataErasure(@Value("${candour.requests.retention.months:24}") int months, ErasureCandidates candidates,
                        RequestEraser eraser, ErasureSweepLog sweeps, CurrentStaff staff, Clock clock) {
        this.retention = new PersonalDataRetention(months);
        this.candidates = candidates;
        this.eraser = eraser;
        this.sweeps = sweeps;
        this.staff = staff;
        this.clock = clock;
    }

    /** Erases every request due today; not itself one transaction (see above). */
    public ErasureSweep sweep() {
        var ranAt = clock.instant();
        var closedOnOrBefore = retention.closedOnOrBefore(LondonTime.today(clock));
        int erased = 0;
        int failed = 0;
        for (var id : candidates.closedOnOrBefore(closedOnOrBefore)) {
            try {
                if (eraser.erase(id, retention, ranAt)) {
                    erased++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.warn("Erasure of request {} failed, to be tried again at the next run: {}", id,
                        e.getClass().getName());
            }
        }
        var sweep = new ErasureSweep(ranAt, closedOnOrBefore, erased, failed);
        sweeps.record(sweep);
        log.info("Erasure of personal data closed on or before {}: {} requests erased, {} failed", closedOnOrBefore,
                erased, failed);
        return sweep;
    }

    /** The last {@code limit} runs, newest first: for administrators only. */
    public List<ErasureSweep> recentSweeps(int limit) {
        staff.require("see the erasure reports", Role.ADMIN);
        return sweeps.recent(limit);
    }

    public int retentionMonths() {
        return retention.months();
    }
}
