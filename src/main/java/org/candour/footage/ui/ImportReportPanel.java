package org.candour.footage.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.candour.footage.ImportReport;
import org.candour.shared.ui.Page;

/** The outcome of an import: totals, a warning if it stopped early, and the rejected rows with line and reason. */
class ImportReportPanel extends Div {

    private final H2 heading = new H2();
    private final DescriptionList totals = new DescriptionList();
    private final Div notice = new Div();
    private final Grid<ImportReport.RowError> rowErrors = new Grid<>();

    ImportReportPanel() {
        setId("import-report");
        getElement().setAttribute("role", "status");
        totals.addClassName("summary-list");
        rowErrors.setId("import-errors");
        rowErrors.addColumn(ImportReport.RowError::line).setHeader("Line").setWidth("7em").setFlexGrow(0);
        rowErrors.addColumn(ImportReport.RowError::reason).setHeader("Problem").setFlexGrow(1);
        rowErrors.getElement().setAttribute("aria-label", "Rows with problems");
        add(heading, notice, totals, rowErrors);
    }

    void show(String fileName, ImportReport report) {
        heading.setText(report.completed() ? "Imported " + fileName : "Import of " + fileName + " stopped early");
        notice.removeAll();
        if (!report.completed()) {
            notice.add(Page.warning(report.failure() == null ? "" : report.failure()));
        }
        totals.removeAll();
        row("Rows read", report.rowsRead());
        row("New recordings", report.inserted());
        row("Recordings updated", report.updated());
        row("Already up to date", report.unchanged());
        row("Rows with problems", report.rejected());
        rowErrors.setItems(report.errors());
        rowErrors.setVisible(!report.errors().isEmpty());
        rowErrors.setAllRowsVisible(report.errors().size() <= 12);
        rowErrors.setHeight(report.errors().size() <= 12 ? null : "26rem");
        if (report.errorsNotListed() > 0) {
            notice.add(new Paragraph("Only the first " + number(report.errors().size()) + " problems are listed; "
                    + number(report.errorsNotListed()) + " more rows had problems."));
        }
    }

    private void row(String label, long value) {
        var row = new Div(new DescriptionList.Term(label), new DescriptionList.Description(number(value)));
        row.addClassName("summary-row");
        totals.add(row);
    }

    static String number(long n) {
        return String.format(Locale.UK, "%,d", n);
    }
}
