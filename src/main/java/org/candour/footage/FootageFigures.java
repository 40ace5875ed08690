package org.candour.footage;

import java.time.LocalDate;
import java.util.List;
import org.candour.footage.internal.MonthlyFootageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly aggregates of the catalogue per borough, computed in one set-based SQL statement, for the statistics
 * module's releases. Counts only: no recording id, camera id or officer key leaves the module this way.
 */
@Service
public class FootageFigures {

    private final MonthlyFootageQuery query;

    FootageFigures(MonthlyFootageQuery query) {
        this.query = query;
    }

    /** Recordings that started (London dates) from {@code from} to {@code to}, both included. */
    @Transactional(readOnly = true)
    public List<MonthlyFootage> byBoroughAndMonth(LocalDate from, LocalDate to) {
        return query.byBoroughAndMonth(from, to);
    }
}
