package org.candour.footage.internal;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;

/** The SQL that differs between the embedded H2 database and PostgreSQL: the upsert of a recording by its id. */
public enum CatalogueDialect {

    H2("merge into recording (" + Sql.COLUMNS + ") key (id) values (" + Sql.PLACEHOLDERS + ")"),

    POSTGRESQL("insert into recording (" + Sql.COLUMNS + ") values (" + Sql.PLACEHOLDERS + ") on conflict (id) do update "
            + "set camera_id = excluded.camera_id, borough_code = excluded.borough_code, start_at = excluded.start_at, "
            + "end_at = excluded.end_at, duration_seconds = excluded.duration_seconds, category = excluded.category, "
            + "evidential = excluded.evidential, officer_key = excluded.officer_key, "
            + "deletion_date = excluded.deletion_date");

    private final String upsertRecording;

    CatalogueDialect(String upsertRecording) {
        this.upsertRecording = upsertRecording;
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
    }
}
