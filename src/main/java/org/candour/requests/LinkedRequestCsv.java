package org.candour.requests;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A complaint body's export of its linked requests: one row per request, RFC 4180 quoting. */
final class LinkedRequestCsv {

    static final String HEADER = "reference,complaints,state,outcome,received_on,clock,reply_due_on,overdue,"
            + "footage_deleted_on,footage_at_risk,preserved\r\n";

    private LinkedRequestCsv() {
    }

    static String row(LinkedRequest r) {
        return String.join(",", quote(r.reference()), quote(String.join("; ", r.complaints())),
                quote(r.stateLabel()), quote(r.outcome()), date(r.receivedOn()), r.clockStatus().name(),
                date(r.dueOn()), String.valueOf(r.overdue()), date(r.footageDeletionDate()),
                String.valueOf(r.footageAtRisk()), String.valueOf(r.preserved())) + "\r\n";
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Quotes every text field; a leading formula character is defused so a spreadsheet does not run it. */
    private static String quote(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
