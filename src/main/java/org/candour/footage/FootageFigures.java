package org.candour.footage;

import java.time.LocalDate;
import java.util.List;
import org.candour.footage.internal.MonthlyFootageSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly aggregates of the catalogue per borough, for the statistics module's releases: whole months from the
 * monthly summary (its changed months recomputed first), part months from the recordings. Counts only: no recording
 * id, camera id or officer key leaves the module this way.
 */
@Service
public class FootageFigures {

    private final MonthlyFootageSummary summary;

    FootageFigures(MonthlyFootageSummary summary) {
        this.summary = summary;
    }

    /** Recordings that started (London dates) from {@code from} to {@code to}, both included. */
    @Transactional
    public List<MonthlyFootage> byBoroughAndMonth(LocalDate from, LocalDate to) {
        return summary.byBoroughAndMonth(from, to);
    }
}
