package org.candour.statistics;

import java.time.YearMonth;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The published figures of one area for one month. {@code code} is the GSS code of a borough, the BCU's name for a
 * BCU, or {@link Level#LONDON_CODE}; {@code bcu} is the borough's Basic Command Unit (null for the London total).
 */
public record StatisticsRow(Level level, String code, String name, @Nullable String bcu, YearMonth month,
                            Map<Measure, Cell> cells) {

    public Cell cell(Measure measure) {
        Cell cell = cells.get(measure);
        return cell == null ? Cell.withheld(Cell.Flag.LOW_BASE) : cell;
    }
}
