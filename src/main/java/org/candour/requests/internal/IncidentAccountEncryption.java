package org.candour.requests.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.candour.requests.domain.FootageRequest;
import org.candour.shared.crypto.FieldCipher;
import org.candour.shared.crypto.FieldPlace;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Flyway V27: encrypts the incident account of every existing request (location, what happened, collar number, CAD
 * reference) into the columns V26 added, with the application's key; V28 then drops the plaintext. A Spring bean,
 * so that Spring Boot's Flyway runs it with the {@link FieldCipher}. Rows already encrypted are skipped, so a rerun
 * after a failure carries on where it stopped. Each value is sealed to the column it ends up in after V28's renames.
 */
@Component
class IncidentAccountEncryption implements JavaMigration {

    private static final String PLAINTEXT = "select id, incident_location, incident_description, "
            + "officer_collar_number, cad_reference from footage_request where incident_location_sealed is null";
    private static final String SEALED = "update footage_request set incident_location_sealed = ?, "
            + "incident_description_sealed = ?, officer_collar_number_sealed = ?, cad_reference_sealed = ? "
            + "where id = ?";
    private static final int BATCH = 500;

    private final FieldCipher cipher;

    IncidentAccountEncryption(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("27");
    }

    @Override
    public String getDescription() {
        return "incident account encrypted";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement(PLAINTEXT);
             PreparedStatement write = connection.prepareStatement(SEALED);
             ResultSet rows = read.executeQuery()) {
            int pending = 0;
            while (rows.next()) {
                UUID id = rows.getObject(1, UUID.class);
                for (int column = 2; column <= 5; column++) {
                    write.setBytes(column - 1, seal(rows.getString(column), rows.getMetaData().getColumnName(column), id));
                }
                write.setObject(5, id);
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    private byte @Nullable [] seal(@Nullable String plain, String column, UUID id) {
        return plain == null ? null
                : cipher.seal(plain, FieldPlace.of(FootageRequest.TABLE, column.toLowerCase(java.util.Locale.ROOT), id));
    }
}
