package org.candour.footage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.candour.footage.FootageImportService;
import org.candour.footage.ImportProgress;
import org.candour.footage.ImportReport;
import org.candour.support.ClockTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL imports take turns (CopyRecordingWriter.awaitTurn); on H2 there is nothing to wait for. */
@SpringBootTest
@Import(ClockTestConfiguration.class)
class ImportTurnIT {

    @Autowired
    FootageImportService imports;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CatalogueDialect dialect;

    @Test
    void anImportWaitsWhileAnotherHoldsTheTurnThenWrites() throws Exception {
        assumeTrue(dialect == CatalogueDialect.POSTGRESQL, "imports take turns on PostgreSQL only");
        String id = "TURN-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = RecordingColumns.HEADER + "\n" + String.join(",", id, "TURN-CAM", "E09000022",
                "2026-11-20T21:00:00Z", "2026-11-20T21:20:00Z", "other", "false", "ab".repeat(8)) + "\n";
        CompletableFuture<ImportReport> importing;
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.execute("select pg_advisory_xact_lock(" + CopyRecordingWriter.IMPORT_TURN_LOCK + ")");
            try {
                importing = CompletableFuture.supplyAsync(() -> imports.importCsv(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ImportProgress.Listener.NONE));
                while (!waitingForTheTurn() && !importing.isDone()) {
                    Thread.onSpinWait();
                }

                assertThat(importing).as("the import waits for its turn").isNotDone();
                assertThat(stored(id)).isZero();
            } finally {
                other.commit();
            }
        }

        assertThat(importing.get(60, TimeUnit.SECONDS).inserted()).isEqualTo(1);
        assertThat(stored(id)).isOne();
    }

    private boolean waitingForTheTurn() {
        // A bigint key shows as its high half in classid and its low half in objid.
        Integer waiting = jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory' "
                + "and not granted and classid = " + (CopyRecordingWriter.IMPORT_TURN_LOCK >>> 32)
                + " and objid = " + (CopyRecordingWriter.IMPORT_TURN_LOCK & 0xFFFF_FFFFL), Integer.class);
        return waiting != null && waiting > 0;
    }

    private int stored(String id) {
        Integer count = jdbc.queryForObject("select count(*) from recording where id = ?", Integer.class, id);
        return count == null ? 0 : count;
    }
}
