package org.candour.statistics.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.candour.statistics.Cell;
import org.candour.statistics.Level;
import org.candour.statistics.Measure;
import org.candour.statistics.StatisticsRow;

/**
 * The frozen form of a release's rows: a header naming the measures, then one tab-separated line per area and
 * month; a cell is its value, or the key of the reason it is withheld (never both).
 */
final class ReleaseCodec {

    private static final String FORMAT = "candour-statistics-release/1";

    private ReleaseCodec() {
    }

    static String encode(List<StatisticsRow> rows) {
        var out = new StringBuilder(FORMAT).append('\t')
                .append(Arrays.stream(Measure.values()).map(Measure::key).collect(Collectors.joining("\t")))
                .append('\n');
        for (StatisticsRow row : rows) {
            out.append(row.level()).append('\t').append(row.code()).append('\t').append(row.name()).append('\t')
                    .append(row.bcu() == null ? "" : row.bcu()).append('\t').append(row.month());
            for (Measure measure : Measure.values()) {
                Cell cell = row.cell(measure);
                out.append('\t').append(cell.value() != null ? Double.toString(cell.value()) : "!" + cell.flag().name());
            }
            out.append('\n');
        }
        return out.toString();
    }

    static List<StatisticsRow> decode(String content) {
        String[] lines = content.split("\n");
        String[] header = lines[0].split("\t");
        if (!FORMAT.equals(header[0])) {
            throw new IllegalStateException("Unknown release format " + header[0]);
        }
        Measure[] measures = new Measure[header.length - 1];
        for (int i = 1; i < header.length; i++) {
            String key = header[i];
            measures[i - 1] = Measure.byKey(key).orElseThrow(() -> new IllegalStateException("Unknown measure " + key));
        }
        var rows = new ArrayList<StatisticsRow>(lines.length);
        for (int l = 1; l < lines.length; l++) {
            String[] f = lines[l].split("\t", -1);
            Map<Measure, Cell> cells = new EnumMap<>(Measure.class);
            for (int m = 0; m < measures.length; m++) {
                String v = f[5 + m];
                cells.put(measures[m], v.startsWith("!") ? Cell.withheld(Cell.Flag.valueOf(v.substring(1)))
                        : Cell.of(Double.parseDouble(v)));
            }
            rows.add(new StatisticsRow(Level.valueOf(f[0]), f[1], f[2], f[3].isEmpty() ? null : f[3],
                    YearMonth.parse(f[4]), cells));
        }
        return rows;
    }
}
