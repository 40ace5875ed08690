package org.candour.search.internal;

import org.candour.search.SearchResults;
import org.jspecify.annotations.Nullable;

/**
 * The part of a description a search hit shows: Elasticsearch's highlighted fragment (or the start of the text when
 * nothing in it matched), cut at a word boundary, with "…" where text was left out before or after, so a snippet
 * never ends mid-word as if that were all.
 */
public final class Snippet {

    /** The most characters shown when nothing was highlighted (the highlighter's fragment size). */
    public static final int MAX_LENGTH = 180;

    private static final String ELLIPSIS = "…";

    private Snippet() {
    }

    /**
     * @param fragment    the highlighted fragment, matched words between the marker characters, or null
     * @param description the whole description the fragment was taken from
     */
    public static String of(@Nullable String fragment, String description) {
        String marked = fragment == null ? description.strip() : fragment.strip();
        if (fragment == null && marked.length() > MAX_LENGTH) {
            marked = marked.substring(0, MAX_LENGTH);
        }
        String plain = unmarked(marked);
        int start = description.indexOf(plain);
        if (start < 0) {
            return marked; // not found as is (the highlighter changed spacing): shown as it came
        }
        int end = start + plain.length();
        boolean cutAtEnd = end < description.length() && !description.substring(end).isBlank();
        boolean cutAtStart = start > 0 && !description.substring(0, start).isBlank();
        if (cutAtEnd && isWordChar(description.charAt(end))) {
            marked = dropTrailingPartWord(marked);
        }
        if (cutAtStart && isWordChar(description.charAt(start - 1))) {
            marked = dropLeadingPartWord(marked);
        }
        return (cutAtStart ? ELLIPSIS : "") + marked.strip() + (cutAtEnd ? ELLIPSIS : "");
    }

    private static String dropTrailingPartWord(String marked) {
        int i = marked.length();
        while (i > 0 && isWordChar(marked.charAt(i - 1))) {
            i--;
        }
        return i == 0 ? marked : stripPunctuationEnd(marked.substring(0, i));
    }

    private static String dropLeadingPartWord(String marked) {
        int i = 0;
        while (i < marked.length() && isWordChar(marked.charAt(i))) {
            i++;
        }
        return i == marked.length() ? marked : marked.substring(i);
    }

    /** Drops a comma left dangling before the "…": "stopped me, …" reads "stopped me…". */
    private static String stripPunctuationEnd(String text) {
        String stripped = text.stripTrailing();
        while (!stripped.isEmpty() && ",;:".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
            stripped = stripped.substring(0, stripped.length() - 1).stripTrailing();
        }
        return stripped;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
    }

    private static String unmarked(String marked) {
        return marked.replace(String.valueOf(SearchResults.MARK_START), "")
                .replace(String.valueOf(SearchResults.MARK_END), "");
    }
}
