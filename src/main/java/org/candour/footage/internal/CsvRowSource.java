package org.candour.footage.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.candour.footage.UnreadableImportException;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a CSV export. The first line is a header naming the columns, in any order; columns the catalogue does not
 * use are ignored, a missing required column makes the whole file unreadable.
 */
public final class CsvRowSource implements RowSource {

    private final CsvReader csv;
    private final int[] positions;
    private final int width;

    public CsvRowSource(Reader reader) throws IOException {
        this.csv = new CsvReader(reader);
        CsvReader.CsvRecord header = csv.next();
        if (header == null) {
            throw new UnreadableImportException("The file is empty. The first line must name the columns: "
                    + RecordingColumns.HEADER);
        }
        if (header.problem() != null) {
            throw new UnreadableImportException("The header line cannot be read: " + header.problem());
        }
        List<String> names = header.fields().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        this.positions = positions(names);
        this.width = names.size();
    }

    private static int[] positions(List<String> names) {
        var missing = new ArrayList<String>();
        int[] positions = new int[RecordingColumns.ALL.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = names.indexOf(RecordingColumns.ALL.get(i));
            if (positions[i] < 0) {
                missing.add(RecordingColumns.ALL.get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new UnreadableImportException("The header line has no column " + String.join(", ", missing)
                    + ". The first line must name the columns: " + RecordingColumns.HEADER);
        }
        return positions;
    }

    @Override
    public @Nullable SourceRow next() throws IOException {
        CsvReader.CsvRecord record = csv.next();
        if (record == null) {
            return null;
        }
        if (record.problem() != null) {
            return SourceRow.unreadable(record.line(), record.problem());
        }
        List<String> fields = record.fields();
        if (fields.size() != width) {
            return SourceRow.unreadable(record.line(),
                    "expected " + width + " fields like the header, found " + fields.size());
        }
        String[] values = new String[positions.length];
        for (int i = 0; i < positions.length; i++) {
            values[i] = fields.get(positions[i]);
        }
        return SourceRow.of(record.line(), values);
    }
}
