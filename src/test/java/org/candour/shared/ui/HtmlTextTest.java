package org.candour.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Lambeth|Lambeth",
            "<10|&lt;10",
            "Withheld (<10, [c] or [low])|Withheld (&lt;10, [c] or [low])",
            "Tom & Jerry's \"bar\"|Tom &amp; Jerry&#39;s &quot;bar&quot;",
            "<script>alert(1)</script>|&lt;script&gt;alert(1)&lt;/script&gt;"})
    void escapesWhatMarkupWouldRead(String text, String escaped) {
        assertThat(HtmlText.escape(text)).isEqualTo(escaped);
    }
}
