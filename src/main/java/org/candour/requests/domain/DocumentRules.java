package org.candour.requests.domain;

import java.util.List;

/** What an identity document upload must be: 1 or 2 files, each a JPG, PNG or PDF by content, at most 10 MB. */
public final class DocumentRules {

    public static final int MAX_DOCUMENTS = 2;

    /** The most documents one request keeps, those sent with it and later ones together. */
    public static final int MAX_PER_REQUEST = 10;

    private DocumentRules() {
    }

    /** The most leading bytes {@link DocumentType#detect} needs to recognise a type. */
    public static final int HEAD_BYTES = 8;

    public static DocumentType check(NewDocument document) {
        return check(document.fileName(), document.content().length, document.content());
    }

    /**
     * The same rules for a document held elsewhere (streamed to a temporary file): its size, and its first bytes
     * ({@link #HEAD_BYTES} are enough).
     */
    public static DocumentType check(String fileName, long size, byte[] head) {
        checkSize(fileName, size);
        return DocumentType.detect(head).orElseThrow(() -> new InvalidDocumentException(
                "“%s” is not a JPG, PNG or PDF file. We check what is inside a file, not only its name."
                        .formatted(fileName)));
    }

    public static void checkSize(String fileName, long size) {
        if (size == 0) {
            throw new InvalidDocumentException("“%s” is empty".formatted(fileName));
        }
        if (size > IdentityDocument.MAX_BYTES) {
            throw tooLarge(fileName);
        }
    }

    public static InvalidDocumentException tooLarge(String fileName) {
        return new InvalidDocumentException("“%s” is larger than 10 MB".formatted(fileName));
    }

    public static void checkAll(List<NewDocument> documents) {
        if (documents.isEmpty()) {
            throw new InvalidDocumentException("Upload at least one identity document");
        }
        if (documents.size() > MAX_DOCUMENTS) {
            throw new InvalidDocumentException("Upload no more than 2 identity documents");
        }
        documents.forEach(DocumentRules::check);
    }

    /** Attachments to a reply: none, one or two, each checked as at filing. */
    public static void checkAttachments(List<NewDocument> documents) {
        if (documents.size() > MAX_DOCUMENTS) {
            throw new InvalidDocumentException("Attach no more than 2 files");
        }
        documents.forEach(DocumentRules::check);
    }

    /** A request keeps at most {@link #MAX_PER_REQUEST} documents. */
    static void checkRoom(int kept, int sent) {
        if (kept + sent > MAX_PER_REQUEST) {
            throw new InvalidDocumentException("We already have " + kept + " documents for this request, and accept "
                    + "no more than " + MAX_PER_REQUEST + ". Write to us in a reply instead.");
        }
    }
}
