package org.candour.requests.internal;

import java.util.List;
import org.candour.requests.DocumentView;
import org.candour.requests.domain.DocumentType;
import org.candour.requests.domain.IdentityDocument;

/** Turns a decrypted identity document into pictures for the request page: photos as sent, PDFs rendered. */
public final class DocumentViews {

    /** Enough pages to check an identity document or a bill, few enough to render at once. */
    static final int MOST_PAGES = 5;

    private DocumentViews() {
    }

    public static DocumentView of(IdentityDocument document) {
        if (document.type() != DocumentType.PDF) {
            return new DocumentView(document.fileName(), document.type().name(), List.of(new DocumentView.Picture(
                    document.content(), document.type().mediaType())), 1, null);
        }
        try {
            var rendered = PdfPages.render(document.content(), MOST_PAGES);
            return new DocumentView(document.fileName(), document.type().name(), rendered.pages().stream()
                    .map(png -> new DocumentView.Picture(png, "image/png")).toList(), rendered.pageCount(),
                    rendered.pageCount() == 0 ? "This PDF has no pages to show." : null);
        } catch (PdfPages.UnreadablePdfException unreadable) {
            return new DocumentView(document.fileName(), document.type().name(), List.of(), 0,
                    "This PDF could not be read, so it cannot be shown. Ask the requester to send it again.");
        }
    }
}
