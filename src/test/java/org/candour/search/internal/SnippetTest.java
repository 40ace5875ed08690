package org.candour.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A snippet is cut at a word boundary and says with "…" where text was left out. */
class SnippetTest {

    private static final String TEXT = "Two officers stopped and searched me and said I matched a description.";

    @ParameterizedTest(name = "[{0}] gives [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            # fragment (< > mark a match)                     | snippet shown
            Two officers stopped and <searched> me and said I matc | Two officers stopped and <searched> me and said I…
            ficers stopped and <searched> me                        | …stopped and <searched> me…
            <Two> officers                                          | <Two> officers…
            said I <matched> a description.                        | …said I <matched> a description.
            Two officers stopped and searched me and said I matched a description. | Two officers stopped and searched me and said I matched a description.
            """)
    void cutsAtAWordBoundaryAndMarksWhatIsLeftOut(String fragment, String shown) {
        assertThat(Snippet.of(marked(fragment), TEXT)).isEqualTo(marked(shown));
    }

    @org.junit.jupiter.api.Test
    void withoutAHighlightTheStartOfALongTextIsShownUpToAWordBoundary() {
        String text = "searched ".repeat(40).strip(); // 359 characters; character 180 is inside a word
        String snippet = Snippet.of(null, text);
        assertThat(snippet).endsWith("searched…").hasSizeLessThanOrEqualTo(Snippet.MAX_LENGTH + 1);
        assertThat(text).startsWith(snippet.substring(0, snippet.length() - 1));
        assertThat(Snippet.of(null, "Short text.")).isEqualTo("Short text.");
    }

    @org.junit.jupiter.api.Test
    void aFragmentTheHighlighterReshapedIsShownAsItCame() {
        assertThat(Snippet.of("stopped  and searched", TEXT)).isEqualTo("stopped  and searched");
    }

    private static String marked(String text) {
        return text.replace('<', org.candour.search.SearchResults.MARK_START)
                .replace('>', org.candour.search.SearchResults.MARK_END);
    }
}
