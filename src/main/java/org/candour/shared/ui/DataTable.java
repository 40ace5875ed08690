package org.candour.shared.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** A plain, accessible HTML table with a caption and column headers. */
public final class DataTable {

    private DataTable() {
    }

    public static NativeTable of(String caption, List<String> columns, List<List<String>> rows) {
        var table = new NativeTable();
        table.addClassName("data-table");
        var tableCaption = new NativeTableCaption();
        tableCaption.setText(caption);
        table.add(tableCaption);
        var headerRow = new NativeTableRow();
        columns.forEach(column -> {
            var cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            headerRow.add(cell);
        });
        table.add(new NativeTableHeader(headerRow));
        var body = new NativeTableBody();
        rows.forEach(values -> {
            var row = new NativeTableRow();
            values.forEach(value -> row.add(new NativeTableCell(value)));
            body.add(row);
        });
        table.add(body);
        return table;
    }
}
