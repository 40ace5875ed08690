package org.candour.footage;

import jakarta.annotation.PreDestroy;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.candour.footage.internal.CountingInputStream;
import org.candour.footage.internal.CsvRowSource;
import org.candour.footage.internal.JsonLinesRowSource;
import org.candour.footage.internal.RecordingImporter;
import org.candour.footage.internal.RowSource;
import org.springframework.stereotype.Service;

/**
 * Imports recording metadata exported by the force's digital evidence management system, as CSV (administrators'
 * upload, machine batches) or JSON lines (machine batches). Input is read as a stream in batches of a few thousand
 * rows, each batch in its own transaction; see {@link ImportReport} for what a report promises.
 */
@Service
public class FootageImportService {

    private final RecordingImporter importer;
    /** Uploaded files are imported one at a time, in the background, so a page can show progress meanwhile. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("footage-import").daemon().factory());

    FootageImportService(RecordingImporter importer) {
        this.importer = importer;
    }

    /** @throws UnreadableImportException if the header is missing or lacks a required column */
    public ImportReport importCsv(InputStream csv, ImportProgress.Listener listener) {
        var counting = new CountingInputStream(new BufferedInputStream(csv, 64 * 1024));
        return run(csvSource(counting), counting, listener);
    }

    public ImportReport importJsonLines(InputStream jsonLines, ImportProgress.Listener listener) {
        var counting = new CountingInputStream(new BufferedInputStream(jsonLines, 64 * 1024));
        return run(new JsonLinesRowSource(utf8(counting)), counting, listener);
    }

    /** Imports an uploaded CSV file in the background and deletes the file afterwards. */
    public CompletableFuture<ImportReport> importCsvFile(Path file, ImportProgress.Listener listener) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return importCsv(in, listener);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deleteQuietly(file);
            }
        }, background);
    }

    private ImportReport run(RowSource source, CountingInputStream counting, ImportProgress.Listener listener) {
        return importer.run(source, counting::count, listener);
    }

    private static RowSource csvSource(InputStream in) {
        try {
            return new CsvRowSource(utf8(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStreamReader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A temporary file; the operating system clears its temporary directory.
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
