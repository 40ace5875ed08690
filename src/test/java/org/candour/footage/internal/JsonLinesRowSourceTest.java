package org.candour.footage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesRowSourceTest {

    private static List<SourceRow> read(String text) throws IOException {
        var source = new JsonLinesRowSource(new StringReader(text));
        var rows = new ArrayList<SourceRow>();
        for (var row = source.next(); row != null; row = source.next()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void eachLineIsARowWithItsLineNumberAndBlankLinesAreSkipped() throws IOException {
        var rows = read("{\"recording_id\":\"R1\"}\r\n\n  \n{\"recording_id\":\"R2\",\"evidential\":true}");
        assertThat(rows).extracting(SourceRow::line).containsExactly(1L, 4L);
        assertThat(rows).extracting(row -> row.values()[0]).containsExactly("R1", "R2");
        assertThat(rows).extracting(SourceRow::problem).containsOnlyNulls();
    }

    @Test
    void aLineThatIsNotAnObjectOrNotJsonIsUnreadableAndTheNextIsRead() throws IOException {
        var rows = read("[1,2]\n{oops\n{\"recording_id\":\"R3\"}\n");
        assertThat(rows).extracting(SourceRow::problem)
                .containsExactly("the line is not a JSON object", "the line is not valid JSON", null);
    }

    @Test
    void aLineLongerThanTheCapIsUnreadableAndTheNextLineIsReadAsUsual() throws IOException {
        String endless = "{\"recording_id\":\"" + "x".repeat(ImportLimits.MAX_RECORD_CHARS) + "\"}";
        var rows = read(endless + "\n{\"recording_id\":\"R4\"}\n");
        assertThat(rows).extracting(SourceRow::problem)
                .containsExactly("the line is longer than 16384 characters", null);
        assertThat(rows).extracting(SourceRow::line).containsExactly(1L, 2L);
        assertThat(rows.get(1).values()[0]).isEqualTo("R4");
    }
}
