package org.candour.footage.internal;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * The SQL that differs between the embedded H2 database and PostgreSQL: the upsert of a recording by its id, and the
 * statement for recordings the importer found to be new.
 */
public enum CatalogueDialect {

    // H2's merge first looks for a row to update, which a recording found to be new does not need: it is inserted.
    // (If another import adds the same id at the same moment, the batch fails on the primary key and the import stops
    // with a report that says so; H2's merge is not atomic either.)
    H2("merge into recording (" + Sql.COLUMNS + ") key (id) values (" + Sql.PLACEHOLDERS + ")",
            "insert into recording (" + Sql.COLUMNS + ") values (" + Sql.PLACEHOLDERS + ")"),

    POSTGRESQL(Sql.POSTGRESQL_UPSERT, Sql.POSTGRESQL_UPSERT);

    private final String upsertRecording;
    private final String insertNewRecording;

    CatalogueDialect(String upsertRecording, String insertNewRecording) {
        this.upsertRecording = upsertRecording;
        this.insertNewRecording = insertNewRecording;
    }

    /** Adds a recording that was not there when the batch read the existing ones; an upsert where that is atomic. */
    public String insertNewRecording() {
        return insertNewRecording;
    }

    /**
     * Inserts a recording or replaces the imported columns of an existing one. Never touches what the portal itself
     * keeps ({@code deleted_at_source}, {@code hold_count}).
     */
    public String upsertRecording() {
        return upsertRecording;
    }

    public static CatalogueDialect of(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot tell which database the footage catalogue runs on", e);
        }
    }

    private static final class Sql {
        static final String COLUMNS = "id, camera_id, borough_code, start_at, end_at, duration_seconds, category, "
                + "evidential, officer_key, deletion_date";
        static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
        static final String POSTGRESQL_UPSERT = "insert into recording (" + COLUMNS + ") values (" + PLACEHOLDERS
                + ") on conflict (id) do update set camera_id = excluded.camera_id, "
                + "borough_code = excluded.borough_code, start_at = excluded.start_at, end_at = excluded.end_at, "
                + "duration_seconds = excluded.duration_seconds, category = excluded.category, "
                + "evidential = excluded.evidential, officer_key = excluded.officer_key, "
                + "deletion_date = excluded.deletion_date";
    }
}
