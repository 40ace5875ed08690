package org.candour.footage.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import org.candour.footage.ImportProgress;
import org.candour.footage.ImportReport;
import org.candour.footage.domain.Recording;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports rows in batches, one transaction per batch: a batch is applied whole or not at all. A bad row is
 * rejected with its line and reason and the rest go on; if the database refuses a batch, the import stops there and
 * the report says what was applied. Upserts by recording id make re-sending a file safe. Up to {@code writers}
 * batches are written at once, committed in file order ({@link InOrderWriters}).
 */
public final class RecordingImporter {

    private static final Logger log = LoggerFactory.getLogger(RecordingImporter.class);

    private final RecordingBatchWriter writer;
    private final TransactionTemplate transaction;
    private final RecordingRowParser parser;
    private final int batchSize;
    private final int writers;

    public RecordingImporter(RecordingBatchWriter writer, TransactionTemplate transaction, RecordingRowParser parser,
                             int batchSize, int writers) {
        this.writer = writer;
        this.transaction = transaction;
        this.parser = parser;
        this.batchSize = batchSize;
        this.writers = writers;
    }

    public ImportReport run(RowSource source, LongSupplier bytesRead, ImportProgress.Listener listener) {
        // Rows are read and checked on another thread while this one hands out batches: the same rows in order.
        try (var turn = writer.awaitTurn(); var run = new Run(bytesRead, listener);
             var rows = new CheckedRows(source, parser)) {
            try {
                for (CheckedRows.Row row = rows.next(); row != null && run.failure == null; row = rows.next()) {
                    run.rowsRead++;
                    switch (row.result()) {
                        case RecordingRowParser.Valid valid -> run.add(row.line(), valid.recording());
                        case RecordingRowParser.Invalid invalid -> run.reject(row.line(), invalid.reason());
                    }
                }
            } catch (IOException | RuntimeException e) {
                run.flush();
                run.drain();
                run.stop("The input could not be read after line " + run.lastLine + " (" + e.getMessage() + ").");
            }
            run.flush();
            return run.finish();
        }
    }

    /** Registers cameras with their borough assignment, in one transaction. */
    public void registerCameras(Map<String, String> boroughByCamera) {
        transaction.executeWithoutResult(status -> writer.registerCameras(boroughByCamera));
    }

    /** Imports recordings that are valid already (the demo generator), through the same batches. */
    public ImportReport run(Iterator<Recording> recordings) {
        try (var turn = writer.awaitTurn(); var run = new Run(() -> 0, ImportProgress.Listener.NONE)) {
            long line = 1;
            while (recordings.hasNext() && run.failure == null) {
                run.rowsRead++;
                run.add(++line, recordings.next());
            }
            run.flush();
            return run.finish();
        }
    }

    private final class Run implements AutoCloseable {

        private final LongSupplier bytesRead;
        private final ImportProgress.Listener listener;
        // Inside a caller's transaction every batch joins it, so they are written one at a time.
        private final InOrderWriters batches = new InOrderWriters(writer, transaction,
                TransactionSynchronizationManager.isActualTransactionActive() ? 1 : writers);
        private List<Recording> batch = new ArrayList<>(batchSize);
        private Set<String> idsInBatch = new HashSet<>();
        private final List<ImportReport.RowError> errors = new ArrayList<>();
        private long firstLineOfBatch;
        private long lastLine;
        private long rowsRead;
        private long inserted;
        private long updated;
        private long unchanged;
        private long rejected;
        private boolean refused;
        private @Nullable String failure;

        Run(LongSupplier bytesRead, ImportProgress.Listener listener) {
            this.bytesRead = bytesRead;
            this.listener = listener;
        }

        void add(long line, Recording recording) {
            if (!idsInBatch.add(recording.id())) {
                // The same id twice in one batch: apply the earlier row first, so the later one wins in file order.
                flush();
                idsInBatch.add(recording.id());
            }
            if (batch.isEmpty()) {
                firstLineOfBatch = line;
            }
            lastLine = line;
            batch.add(recording);
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        void reject(long line, String reason) {
            lastLine = Math.max(lastLine, line);
            rejected++;
            if (errors.size() < ImportReport.MAX_ERRORS_LISTED) {
                errors.add(new ImportReport.RowError(line, reason));
            }
        }

        void flush() {
            if (batch.isEmpty() || failure != null) {
                return;
            }
            var handedIn = new InOrderWriters.Batch(batch, idsInBatch, firstLineOfBatch, lastLine);
            batch = new ArrayList<>(batchSize);
            idsInBatch = new HashSet<>();
            apply(batches.write(handedIn));
        }

        /** Waits for the batches still being written and counts them. */
        void drain() {
            apply(batches.finish());
        }

        private void apply(List<InOrderWriters.Result> results) {
            for (InOrderWriters.Result result : results) {
                if (refused) {
                    continue;   // rolled back: it came after a refused batch
                }
                if (result.failure() == null) {
                    var outcome = Objects.requireNonNull(result.outcome());
                    inserted += outcome.inserted();
                    updated += outcome.updated();
                    unchanged += outcome.unchanged();
                } else {
                    refused = true;
                    long first = result.batch().firstLine();
                    log.warn("Footage import stopped: the batch from line {} was rolled back", first, result.failure());
                    stop("The database refused the batch of lines " + first + " to " + result.batch().lastLine()
                            + ", so none of it was applied, nor anything after it. Everything before line " + first
                            + " was applied. Re-sending the whole file is safe.");
                }
                listener.progress(new ImportProgress(rowsRead, accepted(), rejected, bytesRead.getAsLong()));
            }
        }

        void stop(String reason) {
            if (failure == null) {
                failure = reason;
            }
        }

        long accepted() {
            return inserted + updated + unchanged;
        }

        ImportReport finish() {
            drain();
            listener.progress(new ImportProgress(rowsRead, accepted(), rejected, bytesRead.getAsLong()));
            var report = new ImportReport(rowsRead, accepted(), inserted, updated, unchanged, rejected,
                    List.copyOf(errors), rejected - errors.size(), failure);
            log.info("Footage import: {} rows read, {} inserted, {} updated, {} unchanged, {} rejected{}", rowsRead,
                    inserted, updated, unchanged, rejected, failure == null ? "" : ", stopped early");
            return report;
        }

        @Override
        public void close() {
            batches.close();
        }
    }
}
