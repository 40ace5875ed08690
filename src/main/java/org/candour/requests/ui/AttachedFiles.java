package org.candour.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.candour.requests.domain.DocumentRules;
import org.candour.requests.domain.IdentityDocument;
import org.candour.requests.domain.InvalidDocumentException;
import org.candour.requests.domain.NewDocument;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.FileSizes;
import org.candour.shared.ui.UploadMessages;

/**
 * Up to 2 files chosen on the tracking page, each read up to 10 MB and checked by content on arrival with the
 * filing's rules ({@link DocumentRules}); a refused file is named with the reason and not kept.
 */
final class AttachedFiles extends Div {

    private final List<NewDocument> files = new ArrayList<>();
    private final Upload upload = new Upload(this::receive);
    private final UnorderedList list = new UnorderedList();
    private final ErrorSummary errors;

    AttachedFiles(String id, String label, ErrorSummary errors) {
        this.errors = errors;
        upload.setId(id);
        var choose = new Button("Choose files");
        upload.setUploadButton(choose);
        upload.setMaxFileSize(IdentityDocument.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
        UploadMessages.apply(upload, "10 MB", "JPG, PNG or PDF", errors::showMessage);
        var caption = new Span(label + " (JPG, PNG or PDF, up to 10 MB each, no more than 2)");
        caption.addClassName("field-label");
        list.addClassName("uploaded-documents");
        list.getElement().setAttribute("aria-live", "polite");
        add(caption, upload, list);
        refresh();
    }

    List<NewDocument> files() {
        return List.copyOf(files);
    }

    private void receive(UploadEvent event) throws IOException {
        byte[] content = event.getInputStream().readNBytes(IdentityDocument.MAX_BYTES + 1);
        var file = new NewDocument(event.getFileName(), content);
        try {
            DocumentRules.check(file);
        } catch (InvalidDocumentException refused) {
            event.reject(refused.getMessage());
            event.getUI().access(() -> {
                errors.showMessage(refused.getMessage());
                upload.clearFileList();
            });
            return;
        }
        event.getUI().access(() -> accept(file));
    }

    private void accept(NewDocument file) {
        upload.clearFileList();
        if (files.size() >= DocumentRules.MAX_DOCUMENTS) {
            errors.showMessage("You can attach no more than 2 files. Remove one first.");
            return;
        }
        files.add(file);
        errors.hide();
        refresh();
    }

    private void refresh() {
        list.removeAll();
        files.forEach(file -> {
            var remove = new Button("Remove", click -> {
                files.remove(file);
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.getElement().setAttribute("aria-label", "Remove " + file.fileName());
            list.add(new ListItem(new Span(file.fileName() + " (" + FileSizes.inWords(file.content().length)
                    + ") attached"), new Div(remove)));
        });
        upload.setMaxFiles(Math.max(1, DocumentRules.MAX_DOCUMENTS - files.size()));
    }
}
