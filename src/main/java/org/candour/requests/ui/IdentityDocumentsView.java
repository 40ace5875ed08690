package org.candour.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.candour.requests.domain.DocumentRules;
import org.candour.shared.ui.FormValidation;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.shared.uploads.TemporaryUpload;
import org.candour.shared.uploads.TemporaryUploads;

/**
 * Upload of 1 or 2 identity documents. Each file is streamed into an encrypted temporary file and checked on arrival
 * ({@link DocumentReceiver}); a file that is too big or not really a JPG, PNG or PDF is refused with the reason.
 */
@Route(value = "request-footage/identity-documents", layout = MainLayout.class)
@PageTitle("Identity documents - Request footage - Candour")
@AnonymousAllowed
class IdentityDocumentsView extends FilingStepView {

    private final Upload upload = new Upload();
    private final UnorderedList uploaded = new UnorderedList();
    private final Button chooseFiles = new Button("Choose files");

    IdentityDocumentsView(RequestDraft draft, TemporaryUploads uploads) {
        super(draft, FilingStep.IDENTITY_DOCUMENTS, "Upload your identity documents");
        upload.setId("documents");
        upload.setUploadButton(chooseFiles);
        new DocumentReceiver(uploads, upload, errors, this::accept);
        uploaded.addClassName("uploaded-documents");
        uploaded.getElement().setAttribute("aria-live", "polite");
        var label = new Span("Identity documents (JPG, PNG or PDF, up to 10 MB each)");
        label.addClassName("field-label");
        add(Page.body("Upload one or two documents that together show your name, your date of birth and your "
                        + "current address. One of them must have your photo: a passport, a photocard driving "
                        + "licence or a national identity card. For your address, a recent bank statement or "
                        + "utility bill."),
                Page.body("A clear photo taken with your phone is fine. We keep these documents encrypted and "
                        + "use them only to confirm who you are."),
                label, upload, uploaded, continueButton());
        refreshList();
    }

    private boolean accept(TemporaryUpload document) {
        if (draft.documents().size() >= DocumentRules.MAX_DOCUMENTS) {
            errors.showMessage("You can upload no more than 2 documents. Remove one first.");
            return false;
        }
        draft.addDocument(document);
        refreshList();
        return true;
    }

    private void refreshList() {
        uploaded.removeAll();
        draft.documents().forEach(document -> {
            var remove = new Button("Remove", click -> {
                draft.removeDocument(document);
                refreshList();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.getElement().setAttribute("aria-label", "Remove " + document.fileName());
            var name = new Span(document.fileName() + " (" + kilobytes(document) + " KB) uploaded");
            uploaded.add(new ListItem(name, new Div(remove)));
        });
        upload.setMaxFiles(Math.max(1, DocumentRules.MAX_DOCUMENTS - draft.documents().size()));
    }

    private static long kilobytes(TemporaryUpload document) {
        return Math.max(1, Math.round(document.size() / 1024.0));
    }

    @Override
    protected void validate(FormValidation validation) {
        if (draft.documents().isEmpty()) {
            validation.add(chooseFiles, "Upload at least one identity document");
        }
    }

    @Override
    protected void save() {
        // Documents are saved to the draft as they arrive.
    }
}
