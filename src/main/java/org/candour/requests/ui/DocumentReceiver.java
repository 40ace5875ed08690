package org.candour.requests.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.util.function.Predicate;
import org.candour.requests.domain.DocumentRules;
import org.candour.requests.domain.IdentityDocument;
import org.candour.requests.domain.InvalidDocumentException;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.UploadMessages;
import org.candour.shared.uploads.TemporaryUpload;
import org.candour.shared.uploads.TemporaryUploads;
import org.candour.shared.uploads.UploadTooLargeException;
import org.candour.shared.uploads.UploadsOfSession;

/**
 * Receives every document the public uploads (identity documents when filing, files sent from the tracking page).
 * The file is streamed into an encrypted temporary file as it arrives (the raw body, never a multipart part that
 * the servlet container would write to disk in plain), checked there by size and content with
 * {@link DocumentRules}, and refused with the reason, or handed to {@code accept}. The session keeps the
 * {@link TemporaryUpload}, never the bytes, and deletes the file if it ends first.
 */
final class DocumentReceiver {

    private final TemporaryUploads uploads;
    private final Upload upload;
    private final ErrorSummary errors;
    private final Predicate<TemporaryUpload> accept;

    /**
     * @param accept runs in the UI once a file has passed the checks; false when the form has no room for it (it has
     *               shown why), and the file is then deleted
     */
    DocumentReceiver(TemporaryUploads uploads, Upload upload, ErrorSummary errors,
                     Predicate<TemporaryUpload> accept) {
        this.uploads = uploads;
        this.upload = upload;
        this.errors = errors;
        this.accept = accept;
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFileSize(IdentityDocument.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
        UploadMessages.apply(upload, "10 MB", "JPG, PNG or PDF", errors::showMessage);
        upload.setUploadHandler(this::receive);
    }

    /** Deletes the file of a document the requester removed, or that has been filed. */
    void discard(TemporaryUpload document) {
        uploads.discard(document);
        var session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            UploadsOfSession.of(session.getSession()).remove(document);
        }
    }

    /** Runs on the upload's own request, without the session lock, while the bytes arrive. */
    private void receive(UploadEvent event) throws IOException {
        String name = event.getFileName();
        TemporaryUpload received;
        try {
            received = uploads.store(name, event.getInputStream(), IdentityDocument.MAX_BYTES);
        } catch (UploadTooLargeException tooLarge) {
            refuse(event, DocumentRules.tooLarge(name));
            return;
        }
        try {
            DocumentRules.check(name, received.size(), uploads.head(received, DocumentRules.HEAD_BYTES));
        } catch (InvalidDocumentException refused) {
            uploads.discard(received);
            refuse(event, refused);
            return;
        }
        UploadsOfSession.of(event.getSession().getSession()).add(received);
        event.getUI().access(() -> {
            upload.clearFileList();
            if (accept.test(received)) {
                errors.hide();
            } else {
                discard(received);
            }
        });
    }

    private void refuse(UploadEvent event, InvalidDocumentException refused) {
        event.reject(refused.getMessage());
        event.getUI().access(() -> {
            errors.showMessage(refused.getMessage());
            upload.clearFileList();
        });
    }
}
