package org.candour.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import org.candour.requests.domain.DocumentRules;
import org.candour.requests.domain.NewDocument;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.FileSizes;
import org.candour.shared.uploads.TemporaryUpload;
import org.candour.shared.uploads.TemporaryUploads;

/**
 * Up to 2 files chosen on the tracking page, each streamed into an encrypted temporary file and checked on arrival
 * with the filing's rules ({@link DocumentReceiver}); a refused file is named with the reason and not kept. Once
 * sent, the files are deleted.
 */
final class AttachedFiles extends Div {

    private final TemporaryUploads uploads;
    private final List<TemporaryUpload> files = new ArrayList<>();
    private final Upload upload = new Upload();
    private final DocumentReceiver receiver;
    private final UnorderedList list = new UnorderedList();
    private final ErrorSummary errors;

    AttachedFiles(String id, String label, ErrorSummary errors, TemporaryUploads uploads) {
        this.errors = errors;
        this.uploads = uploads;
        upload.setId(id);
        var choose = new Button("Choose files");
        upload.setUploadButton(choose);
        receiver = new DocumentReceiver(uploads, upload, errors, this::accept);
        var caption = new Span(label + " (JPG, PNG or PDF, up to 10 MB each, no more than 2)");
        caption.addClassName("field-label");
        list.addClassName("uploaded-documents");
        list.getElement().setAttribute("aria-live", "polite");
        add(caption, upload, list);
        refresh();
    }

    /** The files' contents, read from their temporary files to be sent now. */
    List<NewDocument> files() {
        return files.stream().map(file -> new NewDocument(file.fileName(), uploads.read(file))).toList();
    }

    /** The files have been sent: their temporary files are deleted and the list is empty again. */
    void sent() {
        files.forEach(receiver::discard);
        files.clear();
        refresh();
    }

    private boolean accept(TemporaryUpload file) {
        if (files.size() >= DocumentRules.MAX_DOCUMENTS) {
            errors.showMessage("You can attach no more than 2 files. Remove one first.");
            return false;
        }
        files.add(file);
        refresh();
        return true;
    }

    private void refresh() {
        list.removeAll();
        files.forEach(file -> {
            var remove = new Button("Remove", click -> {
                files.remove(file);
                receiver.discard(file);
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.getElement().setAttribute("aria-label", "Remove " + file.fileName());
            list.add(new ListItem(new Span(file.fileName() + " (" + FileSizes.inWords(file.size())
                    + ") attached"), new Div(remove)));
        });
        upload.setMaxFiles(Math.max(1, DocumentRules.MAX_DOCUMENTS - files.size()));
    }
}
