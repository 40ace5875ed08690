package org.candour.requests;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One identity document decrypted for one audited view, as pictures a page can show: a photo as it was sent, a PDF
 * as its first pages rendered to PNG ({@code pageCount} is how many it has). {@code problem} says why nothing
 * could be shown (a PDF that cannot be read), for the caseworker to read. Never kept longer than it is shown.
 */
public record DocumentView(String fileName, String type, List<Picture> pictures, int pageCount,
                           @Nullable String problem) {

    public record Picture(byte[] content, String mediaType) {
    }
}
