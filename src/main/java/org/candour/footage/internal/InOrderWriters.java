package org.candour.footage.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.candour.footage.domain.Recording;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an import's batches, each in a transaction of its own, up to {@code threads} at once, and commits them in
 * the order they were handed in. A batch's writer may store its own new recordings while the batch before it is
 * still being written; it then waits for that batch to commit ({@link RecordingBatchWriter.EarlierBatches}), and
 * rolls back if that batch failed. So, as with one writer, a failed batch leaves every batch before it applied and
 * none after it. On PostgreSQL the server then stores two batches at once, one on each of its processors.
 *
 * <p>Two batches that share a recording id are never written at once: the earlier could wait on the later's
 * uncommitted row while the later waits for the earlier to commit, which the database cannot see as a deadlock.
 * With one thread, each batch is written on the caller's thread when it is handed in.
 */
final class InOrderWriters implements AutoCloseable {

    /** Rows of consecutive lines, their ids distinct. */
    record Batch(List<Recording> rows, Set<String> ids, long firstLine, long lastLine) {
    }

    /** What came of a batch: its outcome, or why it was not applied. */
    record Result(Batch batch, RecordingBatchWriter.@Nullable Outcome outcome, @Nullable RuntimeException failure) {
    }

    private record InFlight(Batch batch, Future<RecordingBatchWriter.Outcome> outcome) {
    }

    private final RecordingBatchWriter writer;
    private final TransactionTemplate transaction;
    private final int threads;
    private final @Nullable ExecutorService executor;
    private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
    private CompletableFuture<Void> lastCommit = CompletableFuture.completedFuture(null);

    InOrderWriters(RecordingBatchWriter writer, TransactionTemplate transaction, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one writer, not " + threads);
        }
        this.writer = writer;
        this.transaction = transaction;
        this.threads = threads;
        this.executor = threads == 1 ? null
                : Executors.newFixedThreadPool(threads,
                        Thread.ofPlatform().name("footage-import-writer-", 1).daemon().factory());
    }

    /** Hands a batch in; returns the results of earlier batches that are done, in the order they were handed in. */
    List<Result> write(Batch batch) {
        var done = new ArrayList<Result>();
        if (executor == null) {
            done.add(result(batch, () -> inTransaction(batch, RecordingBatchWriter.EarlierBatches.NONE)));
            return done;
        }
        while (inFlight.size() >= threads || sharesAnIdInFlight(batch)) {
            done.add(collectOldest());
        }
        CompletableFuture<Void> earlier = lastCommit;
        var committed = new CompletableFuture<Void>();
        lastCommit = committed;
        inFlight.add(new InFlight(batch, executor.submit(() -> {
            try {
                var outcome = inTransaction(batch, earlier::join);
                committed.complete(null);
                return outcome;
            } catch (RuntimeException | Error e) {
                committed.completeExceptionally(e);
                throw e;
            }
        })));
        return done;
    }

    /** Waits for the batches still being written; their results, in the order they were handed in. */
    List<Result> finish() {
        var done = new ArrayList<Result>();
        while (!inFlight.isEmpty()) {
            done.add(collectOldest());
        }
        return done;
    }

    /** Waits for the batches still being written, then stops the threads. */
    @Override
    public void close() {
        finish();
        if (executor != null) {
            executor.close();
        }
    }

    private RecordingBatchWriter.Outcome inTransaction(Batch batch, RecordingBatchWriter.EarlierBatches earlier) {
        return Objects.requireNonNull(transaction.execute(status -> {
            var outcome = writer.write(batch.rows(), earlier);
            // Whatever the writer did, this batch commits only after the one before it.
            earlier.awaitCommitted();
            return outcome;
        }));
    }

    private boolean sharesAnIdInFlight(Batch batch) {
        for (InFlight other : inFlight) {
            for (String id : batch.ids()) {
                if (other.batch().ids().contains(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Result collectOldest() {
        InFlight oldest = inFlight.removeFirst();
        return result(oldest.batch(), () -> {
            try {
                return oldest.outcome().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the batch was written", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
            }
        });
    }

    private static Result result(Batch batch, Supplier<RecordingBatchWriter.Outcome> write) {
        try {
            return new Result(batch, write.get(), null);
        } catch (RuntimeException e) {
            return new Result(batch, null, e);
        }
    }
}
