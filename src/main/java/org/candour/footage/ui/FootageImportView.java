package org.candour.footage.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.candour.footage.FootageImportService;
import org.candour.footage.ImportProgress;
import org.candour.footage.ImportReport;
import org.candour.footage.UnreadableImportException;
import org.candour.identity.Roles;
import org.candour.shared.ui.ErrorSummary;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.UploadMessages;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

/**
 * An administrator uploads a CSV export of the digital evidence management system. The file is streamed to a
 * temporary file, up to {@code candour.footage.import.max-upload-bytes} (checked on the server as the bytes arrive,
 * not only by the browser), then imported in the background while a progress bar moves (server push); the page ends with the
 * totals and a list of rejected rows with their line numbers.
 */
@Route(value = "staff/footage/import", layout = MainLayout.class)
@PageTitle("Import recording metadata - Candour")
@RolesAllowed(Roles.ADMIN)
public class FootageImportView extends Div {

    /** Progress is pushed to the browser at most this often. */
    private static final long PUSH_INTERVAL_NANOS = 250_000_000L;

    private final FootageImportService imports;
    private final ErrorSummary errors = new ErrorSummary();
    private final long maxUploadBytes;
    private final Upload upload = new Upload(this::receive);
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Div progress = new Div();
    private final ImportReportPanel report = new ImportReportPanel();
    private volatile long lastPush;

    FootageImportView(FootageImportService imports,
                      @Value("${candour.footage.import.max-upload-bytes:268435456}") long maxUploadBytes) {
        this.imports = imports;
        this.maxUploadBytes = maxUploadBytes;
        addClassName("page");
        upload.setId("recordings-file");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxUploadBytes));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setUploadButton(new Button("Choose a CSV file"));
        UploadMessages.apply(upload, megabytes(maxUploadBytes) + " MB", "CSV", errors::showMessage);
        progressText.setId("import-progress-text");
        progressBar.setId("import-progress");
        progressBar.getElement().setAttribute("aria-labelledby", "import-progress-text");
        progress.addClassName("import-progress");
        progress.add(progressText, progressBar);
        progress.setVisible(false);
        report.setVisible(false);
        add(errors, Page.heading("Import recording metadata"),
                Page.lead("Upload a CSV export of recordings from the digital evidence management system. The "
                        + "portal keeps the metadata only, never video."),
                Page.body("The first line must name the columns. Each later line is one recording:"), columns(),
                Page.body("Rows already imported are updated if anything changed and otherwise left as they were, "
                        + "so sending the same file again changes nothing. A row with a problem is listed with its "
                        + "line number; the other rows are still imported. A file can be up to "
                        + megabytes(maxUploadBytes) + " MB; send a larger export in parts, or through the import "
                        + "API."),
                upload, progress, report);
    }

    private static UnorderedList columns() {
        return new UnorderedList(
                column("recording_id", "the evidence system's id of the recording"),
                column("camera_id", "the camera's id"),
                column("borough_code", "the GSS code of the London borough, for example E09000022 for Lambeth"),
                column("start, end", "date, time and zone, for example 2026-11-20T21:03:00Z"),
                column("category", "stop_and_search, arrest or other"),
                column("evidential", "true or false"),
                column("officer_key", "the officer's pseudonymous key (hexadecimal), never a name or collar number"));
    }

    private static ListItem column(String name, String meaning) {
        return new ListItem(new Code(name), new Span(": " + meaning));
    }

    /** Streams the file to disk as it arrives, without the session lock; refuses it once it passes the cap. */
    private void receive(UploadEvent event) throws IOException {
        Path file = Files.createTempFile("candour-import-", ".csv");
        boolean fits;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            fits = CappedCopy.copyAtMost(in, out, maxUploadBytes);
        } catch (IOException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
        if (!fits) {
            Files.deleteIfExists(file);
            String message = "The file is larger than " + megabytes(maxUploadBytes) + " MB. Send it in parts.";
            event.reject(message);
            push(event.getUI(), () -> {
                errors.showMessage(message);
                upload.clearFileList();
            });
            return;
        }
        String fileName = event.getFileName();
        try {
            event.getUI().access(() -> uploaded(fileName, file));
        } catch (UIDetachedException left) {
            Files.deleteIfExists(file);
        }
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** Runs with the session locked once the file is on disk; the import itself runs in the background. */
    private void uploaded(String fileName, Path file) {
        UI ui = UI.getCurrent();
        long size = Math.max(1, file.toFile().length());
        errors.hide();
        report.setVisible(false);
        upload.setEnabled(false);
        progressBar.setValue(0);
        progressText.setText("Importing " + fileName);
        progress.setVisible(true);
        imports.importCsvFile(file, update -> throttled(ui, () -> showProgress(update, size)))
                .whenComplete((result, failure) -> push(ui, () -> finished(fileName, result, failure)));
    }

    private void showProgress(ImportProgress update, long size) {
        progressBar.setValue(Math.min(1.0, (double) update.bytesRead() / size));
        progressText.setText("Importing: " + ImportReportPanel.number(update.rowsRead()) + " rows read, "
                + ImportReportPanel.number(update.rejected()) + " with problems");
    }

    private void finished(String fileName, @Nullable ImportReport result, @Nullable Throwable failure) {
        progress.setVisible(false);
        upload.setEnabled(true);
        upload.clearFileList();
        if (result != null) {
            report.show(fileName, result);
            report.setVisible(true);
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        errors.showMessage(cause instanceof UnreadableImportException unreadable ? unreadable.getMessage()
                : "The file could not be imported. Nothing after the last completed batch was applied; try again.");
    }

    private void throttled(UI ui, Command command) {
        long now = System.nanoTime();
        if (now - lastPush >= PUSH_INTERVAL_NANOS) {
            lastPush = now;
            push(ui, command);
        }
    }

    /** Changes the page from the import thread; if the administrator has left the page, the import goes on. */
    private static void push(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException left) {
            // Nobody is watching; the import's outcome is in the log.
        }
    }
}
