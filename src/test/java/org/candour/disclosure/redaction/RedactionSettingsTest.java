package org.candour.disclosure.redaction;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionSettingsTest {

    @ParameterizedTest(name = "every {0}, width {1}, padding {2}, IoU {3}, misses {4}, cells {5}, {6}, crf {7}: {8}")
    @CsvSource(delimiter = '|', textBlock = """
            6 | 480 | 0.25 | 0.2 | 2 | 6  | veryfast  | 23 | true
            1 | 64  | 0.0  | 1.0 | 0 | 1  | ultrafast | 0  | true
            1 | 64  | 0.0  | 1.0 | 0 | 32 | slow      | 51 | true
            0 | 480 | 0.25 | 0.2 | 2 | 6  | veryfast  | 23 | false
            6 | 63  | 0.25 | 0.2 | 2 | 6  | veryfast  | 23 | false
            6 | 480 | -0.1 | 0.2 | 2 | 6  | veryfast  | 23 | false
            6 | 480 | 0.25 | 0.0 | 2 | 6  | veryfast  | 23 | false
            6 | 480 | 0.25 | 1.1 | 2 | 6  | veryfast  | 23 | false
            6 | 480 | 0.25 | 0.2 | -1| 6  | veryfast  | 23 | false
            6 | 480 | 0.25 | 0.2 | 2 | 0  | veryfast  | 23 | false
            6 | 480 | 0.25 | 0.2 | 2 | 33 | veryfast  | 23 | false
            6 | 480 | 0.25 | 0.2 | 2 | 6  | ' '       | 23 | false
            6 | 480 | 0.25 | 0.2 | 2 | 6  | veryfast  | 52 | false
            """)
    void settingsOutsideTheirRangesAreRefused(int every, int width, double padding, double iou, int misses,
                                              int cells, String preset, int crf, boolean valid) {
        if (valid) {
            assertThatCode(() -> new RedactionSettings(every, width, padding, iou, misses, cells, preset, crf))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> new RedactionSettings(every, width, padding, iou, misses, cells, preset, crf))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Redaction settings out of range");
        }
    }
}
