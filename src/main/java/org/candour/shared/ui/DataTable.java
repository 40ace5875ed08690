package org.candour.shared.ui;

import java.util.List;

/**
 * A plain, accessible HTML table with a caption and column headers. It is sent as one piece of HTML, not as a
 * component per cell: a table of a few hundred cells would otherwise be as many server-side nodes, each built,
 * tracked and serialised on every first view (the statistics pages' largest cost). The table is read-only, so
 * nothing is lost. Every text is escaped.
 */
public final class DataTable {

    private DataTable() {
    }

    public static HtmlBlock of(String caption, List<String> columns, List<List<String>> rows) {
        var html = new StringBuilder(256 + rows.size() * columns.size() * 24);
        html.append("<caption>").append(HtmlText.escape(caption))
                .append("</caption><thead><tr>");
        columns.forEach(column -> html.append("<th scope=\"col\">").append(HtmlText.escape(column)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(value -> html.append("<td>").append(HtmlText.escape(value)).append("</td>"));
            html.append("</tr>");
        }
        return new HtmlBlock("table", "data-table", html.append("</tbody>").toString());
    }
}
