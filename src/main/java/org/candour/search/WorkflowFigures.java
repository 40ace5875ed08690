package org.candour.search;

import java.time.YearMonth;
import java.util.List;
import org.candour.requests.RequestState;
import org.jspecify.annotations.Nullable;

/**
 * Workflow analytics for staff and oversight, from the read model: how many requests arrived, how long answers
 * took and how many were on time, per borough and month; and how long requests spend in each stage.
 */
public record WorkflowFigures(List<BoroughMonth> boroughMonths, List<StageTime> stages) {

    /**
     * @param medianDaysToOutcome median days from receipt to outcome, of the requests decided in that month
     * @param withinDeadlineShare share of decided requests answered by their statutory due date (0 to 1)
     * @param footageLost requests received that month whose footage was deleted before it could be preserved:
     *                    answered "no footage held" because it was deleted before the request, or still open with
     *                    the deletion date passed and no preservation hold
     */
    public record BoroughMonth(String borough, YearMonth month, long received, long decided,
                               @Nullable Double medianDaysToOutcome, @Nullable Double p90DaysToOutcome,
                               @Nullable Double withinDeadlineShare, long footageLost) {
    }

    /**
     * Stays in one state: how many began (finished or not), and the median and 90th percentile length in days of
     * the finished ones.
     */
    public record StageTime(RequestState state, long stays, @Nullable Double medianDays, @Nullable Double p90Days) {
    }
}
