package org.candour.footage.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Reads and checks the rows of an import on a thread of its own, a few thousand rows ahead of the importer, so that
 * reading and checking the next rows overlaps with writing the previous batch. Rows come out in file order; if the
 * input fails, the rows before the failure come out first, then the failure is thrown where it happened. Closing
 * stops the reading thread and waits for it, so the input is no longer used once {@link #close()} returns.
 */
final class CheckedRows implements AutoCloseable {

    /** A row's line and what checking it gave: a recording or the reason it is rejected. */
    record Row(long line, RecordingRowParser.Result result) {
    }

    private record End(@Nullable Throwable failure) {
    }

    private static final int ROWS_PER_HANDOVER = 1_000;
    private static final int HANDOVERS_AHEAD = 4;

    private final BlockingQueue<Object> handovers = new ArrayBlockingQueue<>(HANDOVERS_AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    private List<Row> current = List.of();
    private int next;
    private boolean ended;

    CheckedRows(RowSource source, RecordingRowParser parser) {
        this.reader = Thread.ofPlatform().name("footage-import-reader").daemon()
                .start(() -> readAhead(source, parser));
    }

    /** The next row, or null at the end of the input. */
    @Nullable Row next() throws IOException {
        while (next == current.size()) {
            if (ended) {
                return null;
            }
            Object handover = take();
            if (handover instanceof End end) {
                ended = true;
                rethrow(end.failure());
            } else {
                @SuppressWarnings("unchecked")
                var rows = (List<Row>) handover;
                current = rows;
                next = 0;
            }
        }
        return current.get(next++);
    }

    @Override
    public void close() {
        closed = true;
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readAhead(RowSource source, RecordingRowParser parser) {
        var rows = new ArrayList<Row>(ROWS_PER_HANDOVER);
        Throwable failure = null;
        try {
            for (SourceRow row = source.next(); row != null && !closed; row = source.next()) {
                rows.add(new Row(row.line(), check(row, parser)));
                if (rows.size() == ROWS_PER_HANDOVER && hand(rows)) {
                    rows = new ArrayList<>(ROWS_PER_HANDOVER);
                }
            }
        } catch (Throwable e) {
            failure = e;
        }
        if (hand(rows)) {
            hand(new End(failure));
        }
    }

    private static RecordingRowParser.Result check(SourceRow row, RecordingRowParser parser) {
        if (row.problem() != null || row.values() == null) {
            return new RecordingRowParser.Invalid(row.problem() == null ? "the row cannot be read" : row.problem());
        }
        return parser.parse(row.values());
    }

    /** Hands rows (or the end) to the importer, waiting while it is behind; false once it has stopped reading. */
    private boolean hand(Object handover) {
        try {
            while (!closed) {
                if (handovers.offer(handover, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private Object take() throws IOException {
        try {
            return handovers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the input", e);
        }
    }

    private static void rethrow(@Nullable Throwable failure) throws IOException {
        switch (failure) {
            case null -> {
            }
            case IOException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IOException(failure);
        }
    }
}
