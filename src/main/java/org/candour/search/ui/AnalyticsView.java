package org.candour.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.candour.identity.Roles;
import org.candour.search.SearchUnavailableException;
import org.candour.search.WorkflowAnalytics;
import org.candour.search.WorkflowFigures;
import org.candour.shared.charts.Charts;
import org.candour.shared.ui.ChartFigure;
import org.candour.shared.ui.DataTable;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;

/** Workflow analytics for staff and oversight bodies: arrivals, time to answer, timeliness, time per stage. */
@Route(value = "staff/analytics", layout = MainLayout.class)
@PageTitle("Workflow analytics - Candour")
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
class AnalyticsView extends Div {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    AnalyticsView(WorkflowAnalytics analytics) {
        addClassNames("page", "page-wide");
        add(Page.heading("Workflow analytics"), Page.lead("How requests arrive and how quickly they are answered, "
                + "from the search index. Staff figures: small numbers are not suppressed here, so do not publish them."));
        try {
            show(analytics.figures());
        } catch (SearchUnavailableException unavailable) {
            add(Page.warning("Analytics are temporarily unavailable because search is down. "
                    + unavailable.pendingUpdates() + " updates are waiting."));
        }
    }

    private void show(WorkflowFigures figures) {
        if (figures.boroughMonths().isEmpty()) {
            add(Page.inset(Page.body("No requests have been indexed yet.")));
            return;
        }
        add(receivedPerMonth(figures), timeInStages(figures), Page.subheading("By borough and month"),
                DataTable.of("Requests by borough and month", List.of("Borough", "Month", "Received", "Answered",
                        "Median days to answer", "90% answered within (days)", "Answered on time",
                        "Footage deleted before it could be preserved"),
                        figures.boroughMonths().stream().map(row -> List.of(row.borough(), MONTH.format(row.month()),
                                Long.toString(row.received()), Long.toString(row.decided()),
                                days(row.medianDaysToOutcome()), days(row.p90DaysToOutcome()),
                                percent(row.withinDeadlineShare()), Long.toString(row.footageLost()))).toList()),
                Page.body("Footage deleted before it could be preserved: requests answered \"no footage held\" "
                        + "because the footage was deleted before the request arrived, and open requests whose "
                        + "footage was not preserved and has reached its deletion date. The published statistics "
                        + "count only the first, as an open request may still be answered."));
    }

    private static ChartFigure receivedPerMonth(WorkflowFigures figures) {
        Map<YearMonth, long[]> months = new TreeMap<>();
        figures.boroughMonths().forEach(row -> {
            long[] totals = months.computeIfAbsent(row.month(), m -> new long[2]);
            totals[0] += row.received();
            totals[1] += row.decided();
        });
        var data = new DefaultCategoryDataset();
        var rows = new ArrayList<List<String>>();
        months.forEach((month, totals) -> {
            data.addValue(totals[0], "Received", MONTH.format(month));
            data.addValue(totals[1], "Answered", MONTH.format(month));
            rows.add(List.of(MONTH.format(month), Long.toString(totals[0]), Long.toString(totals[1])));
        });
        var chart = Charts.bars("Requests received and answered per month", "Month", "Requests", data, false);
        Charts.wholeNumbers(chart);
        return new ChartFigure("Requests per month", "Bar chart of requests received and answered in each month, "
                + "London-wide. The same figures are in the table below the chart.", "requests-per-month.png",
                Charts.png(chart, 900, 380), List.of("Month", "Received", "Answered"), rows);
    }

    private static Component timeInStages(WorkflowFigures figures) {
        var data = new DefaultCategoryDataset();
        var rows = new ArrayList<List<String>>();
        figures.stages().forEach(stage -> {
            String label = stage.state().staffName();
            if (stage.medianDays() != null) {
                data.addValue(stage.medianDays(), "Median", label);
                data.addValue(stage.p90Days(), "90th percentile", label);
            }
            rows.add(List.of(label, Long.toString(stage.stays()), days(stage.medianDays()), days(stage.p90Days())));
        });
        var columns = List.of("Stage", "Stays begun", "Median days (finished stays)", "90th percentile days");
        if (data.getColumnCount() == 0) {
            return new Div(Page.subheading("Time in each stage"), Page.inset(Page.body("No request has finished a "
                    + "stage yet, so there are no times to chart.")), DataTable.of("Time in each stage", columns,
                    rows));
        }
        var chart = Charts.bars("Days spent in each stage", "Stage", "Days", data, true);
        return new ChartFigure("Time in each stage", "Horizontal bar chart of the median and 90th percentile "
                + "number of days requests spent in each stage. The same figures are in the table below the chart.",
                "time-in-stages.png", Charts.png(chart, 900, 420), columns, rows);
    }

    private static String days(@Nullable Double value) {
        return value == null ? "–" : String.format(Locale.UK, "%.1f", value);
    }

    private static String percent(@Nullable Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }
}
