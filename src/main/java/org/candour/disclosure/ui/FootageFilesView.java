package org.candour.disclosure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.candour.disclosure.FootageDeliveries;
import org.candour.disclosure.FootageFile;
import org.candour.disclosure.FootageFiles;
import org.candour.disclosure.FootageRejectedException;
import org.candour.identity.Roles;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.NativeSelect;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.SuccessBanner;
import org.candour.shared.ui.UploadMessages;

/**
 * The footage files of one request for caseworkers and supervisors: the clips attached so far with what FFmpeg
 * found in them and a player for each, and an upload of a further clip exported from the evidence system, linked
 * to one of the request's catalogue recordings. The upload streams to disk as it arrives (never into memory).
 */
@Route(value = "staff/requests/:reference/footage", layout = MainLayout.class)
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR})
class FootageFilesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FootageFiles files;
    private final FootageDeliveries deliveries;
    private final java.time.Clock clock;
    private final ErrorSummary errors = new ErrorSummary();
    private final SuccessBanner banner = new SuccessBanner();
    private final Div content = new Div();
    private String reference = "";

    FootageFilesView(FootageFiles files, FootageDeliveries deliveries, java.time.Clock clock) {
        this.files = files;
        this.deliveries = deliveries;
        this.clock = clock;
        addClassName("page");
        add(errors, banner, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElseThrow(NotFoundException::new);
        List<FootageFile> stored;
        List<String> recordings;
        try {
            stored = files.ofRequest(reference);
            recordings = files.recordingsOf(reference);
        } catch (FootageRejectedException noSuchRequest) {
            throw new NotFoundException();
        }
        show(stored, recordings);
    }

    @Override
    public String getPageTitle() {
        return "Footage files of " + reference + " - Candour";
    }

    private void show(List<FootageFile> stored, List<String> recordings) {
        content.removeAll();
        var caption = new Span("Footage request " + reference);
        caption.addClassName("caption");
        content.add(Page.backLink("staff/requests/" + reference), caption, Page.heading("Footage files"));
        content.add(new FootageFileList(stored));
        content.add(new DeliveryPanel(deliveries.forCaseworker(reference), clock.instant()));
        content.add(Page.subheading("Upload a clip"));
        if (recordings.isEmpty()) {
            content.add(Page.body("Attach a recording from the footage catalogue on the request page first: each "
                    + "clip is uploaded as a copy of one of the request's recordings."));
            return;
        }
        content.add(uploadForm(recordings));
    }

    private Div uploadForm(List<String> recordings) {
        var recording = new NativeSelect<>("clip-recording", "Catalogue recording this clip was exported from",
                recordings, id -> id, recordings.getFirst());
        var upload = new Upload();
        upload.setId("clip-upload");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, files.maxUploadBytes()));
        upload.setAcceptedFileTypes("video/mp4", "video/quicktime", ".mp4", ".mov");
        upload.setUploadButton(new Button("Choose a clip"));
        UploadMessages.apply(upload, files.maxUploadInWords(), "MP4 or MOV", errors::showMessage);
        upload.setUploadHandler(event -> receive(event, recording.getValue(), upload));
        var hint = new Paragraph("MP4 or MOV, H.264 or H.265 video with AAC sound, up to "
                + files.maxUploadInWords() + ". The file is opened to check it is a complete clip before it is "
                + "kept; it is stored encrypted and its SHA-256 is written to the audit log.");
        hint.setId("clip-upload-hint");
        upload.getElement().setAttribute("aria-describedby", "clip-upload-hint");
        var form = new Div(recording, hint, upload);
        form.addClassName("clip-upload");
        return form;
    }

    /** Runs on the upload's own request, without the session lock, while the bytes arrive. */
    private void receive(UploadEvent event, String recordingId, Upload upload) {
        try {
            var stored = files.attachOriginal(reference, recordingId, event.getFileName(), event.getInputStream());
            event.getUI().access(() -> {
                errors.hide();
                upload.clearFileList();
                show(files.ofRequest(reference), files.recordingsOf(reference));
                banner.show(stored.originalName() + " is stored: " + stored.facts().describe() + ".");
            });
        } catch (FootageRejectedException refused) {
            event.reject(refused.getMessage());
            event.getUI().access(() -> {
                banner.hide();
                errors.showMessage(refused.getMessage());
                upload.clearFileList();
            });
        }
    }
}
