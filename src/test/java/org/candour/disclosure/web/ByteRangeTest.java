package org.candour.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Range headers against a 1000-byte file (RFC 9110 s.14.1.2): what is served. */
class ByteRangeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL             | whole",
            "bytes=0-99       | 0-99",
            "bytes=0-         | 0-999",
            "bytes=990-2000   | 990-999",
            "bytes=999-999    | 999-999",
            "bytes=-100       | 900-999",
            "bytes=-5000      | 0-999",
            "bytes=1000-      | unsatisfiable",
            "bytes=5000-6000  | unsatisfiable",
            "bytes=-0         | unsatisfiable",
            "bytes=99999999999999999999- | unsatisfiable",
            "bytes=50-10      | whole",
            "bytes=0-1,5-6    | whole",
            "items=0-10       | whole",
            "bytes=-          | whole"})
    void rangesAreServedAsTheRfcSays(String header, String served) {
        var range = ByteRange.of(header, 1000);
        String actual = switch (range) {
            case ByteRange.Whole w -> "whole";
            case ByteRange.Unsatisfiable u -> "unsatisfiable";
            case ByteRange.Part p -> p.first() + "-" + p.last();
        };
        assertThat(actual).isEqualTo(served);
    }
}
