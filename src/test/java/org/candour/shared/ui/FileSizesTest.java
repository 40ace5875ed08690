package org.candour.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileSizesTest {

    @ParameterizedTest(name = "{0} bytes: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0        | 0 KB
            1        | 1 KB
            1000     | 1 KB
            1024     | 1 KB
            1025     | 2 KB
            10240    | 10 KB
            1047552  | 1023 KB
            1047553  | 1.0 MB
            1048576  | 1.0 MB
            1048577  | 1.1 MB
            1572864  | 1.5 MB
            10485760 | 10.0 MB
            """)
    void sizesAreRoundedUpSoASmallFileIsNeverZero(long bytes, String words) {
        assertThat(FileSizes.inWords(bytes)).isEqualTo(words);
    }

    @Test
    void aNegativeSizeIsAMistake() {
        assertThatThrownBy(() -> FileSizes.inWords(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
