package org.candour.footage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {

    private static List<CsvReader.CsvRecord> read(String text) throws IOException {
        return read(new StringReader(text));
    }

    private static List<CsvReader.CsvRecord> read(Reader input) throws IOException {
        var reader = new CsvReader(input);
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
    void readsARecordThatStraddlesTheEndOfItsBuffer() throws IOException {
        int fillerRows = 16_270;
        String straddling = "1,\"" + "x".repeat(900) + "\"\n";
        var records = read("a,b\n" + "f,g\n".repeat(fillerRows) + straddling + "2,y\n");
        assertThat(4 + 4 * fillerRows).isLessThan(64 * 1024).isGreaterThan(64 * 1024 - straddling.length());
        assertThat(records.get(fillerRows + 1).fields().get(1)).isEqualTo("x".repeat(900));
        assertThat(records.get(fillerRows + 2).fields()).containsExactly("2", "y");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 64})
    void readsTheSameRecordsHowEverFewCharactersTheInputHandsOverAtATime(int piece) throws IOException {
        // Fields read at once from the buffer and fields that run past its end must give the same records.
        String text = "a,b,c\r\n1,,\"q, \"\"r\"\"\"\n\nplain," + "x".repeat(ImportLimits.MAX_FIELD_CHARS + 1)
                + ",z\n" + "w,".repeat(ImportLimits.MAX_RECORD_CHARS / 2 + 1) + "\nlast,row";
        var whole = read(text);

        var inPieces = read(new FilterReader(new StringReader(text)) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, piece));
            }
        });

        assertThat(inPieces).isEqualTo(whole);
        assertThat(whole).extracting(CsvReader.CsvRecord::problem).containsExactly(null, null,
                "a field is longer than 1000 characters", "the row is longer than 16384 characters", null);
    }

    @Test
    void aFieldOrARowLongerThanTheCapsIsAProblemAndTheNextRowIsReadAsUsual() throws IOException {
        String longField = "x".repeat(ImportLimits.MAX_FIELD_CHARS + 1);
        String longRow = "y,".repeat(ImportLimits.MAX_RECORD_CHARS / 2 + 1);
        var records = read("a," + longField + ",c\nok,1\n\"" + longField + "\"\nok,2\n" + longRow + "\nok,3\n");
        assertThat(records).extracting(CsvReader.CsvRecord::problem).containsExactly(
                "a field is longer than 1000 characters", null,
                "a field is longer than 1000 characters", null,
                "the row is longer than 16384 characters", null);
        assertThat(records).extracting(CsvReader.CsvRecord::line).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(records.get(5).fields()).containsExactly("ok", "3");
    }

    @Test
    void aFieldOfExactlyTheCapIsKept() throws IOException {
        String atCap = "z".repeat(ImportLimits.MAX_FIELD_CHARS);
        assertThat(read(atCap + "\n").getFirst().fields()).containsExactly(atCap);
    }
}
