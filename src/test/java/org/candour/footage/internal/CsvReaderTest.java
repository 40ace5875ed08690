package org.candour.footage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvReader.CsvRecord> read(String text) throws IOException {
        var reader = new CsvReader(new StringReader(text));
        var records = new ArrayList<CsvReader.CsvRecord>();
        for (var record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }

    @Test
    void plainFieldsAndLineNumbers() throws IOException {
        var records = read("a,b,c\n1,2,3\n");
        assertThat(records).extracting(CsvReader.CsvRecord::fields)
                .containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
        assertThat(records).extracting(CsvReader.CsvRecord::line).containsExactly(1L, 2L);
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaksAndKeepTheLineOfTheirStart() throws IOException {
        var records = read("id,text\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"two\nlines\"\r\n4,x");
        assertThat(records).extracting(r -> r.fields().get(1))
                .containsExactly("text", "a, b", "say \"hi\"", "two\nlines", "x");
        assertThat(records).extracting(CsvReader.CsvRecord::line).containsExactly(1L, 2L, 3L, 4L, 6L);
    }

    @Test
    void emptyFieldsBlankLinesAndAByteOrderMark() throws IOException {
        var records = read("\uFEFFa,b\n\n,\n\"\",x\n");
        assertThat(records).extracting(CsvReader.CsvRecord::fields)
                .containsExactly(List.of("a", "b"), List.of("", ""), List.of("", "x"));
        assertThat(records).extracting(CsvReader.CsvRecord::line).containsExactly(1L, 3L, 4L);
    }

    @Test
    void aQuoteLeftOpenOrTextAfterAClosingQuoteIsAProblemOfThatRecordOnly() throws IOException {
        var records = read("a,\"b\"c\nnext,row\nlast,\"open");
        assertThat(records).hasSize(3);
        assertThat(records.get(0).problem()).contains("text follows a closing quote");
        assertThat(records.get(1).fields()).containsExactly("next", "row");
        assertThat(records.get(1).problem()).isNull();
        assertThat(records.get(2).problem()).contains("not closed");
        assertThat(records.get(2).line()).isEqualTo(3);
    }

    @Test
    void readsRecordsLongerThanItsBuffer() throws IOException {
        String longValue = "x".repeat(200_000);
        var records = read("a,b\n1,\"" + longValue + "\"\n2,y\n");
        assertThat(records.get(1).fields().get(1)).isEqualTo(longValue);
        assertThat(records.get(2).fields()).containsExactly("2", "y");
    }
}
