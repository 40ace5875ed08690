package org.candour.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.shared.crypto.FieldCipher;
import org.candour.shared.crypto.FieldPlace;

/**
 * Writes many requests straight into the tables with JDBC batches, for benchmarks only: the identity columns get
 * random bytes (never read by the read model), workflow columns realistic values. Deterministic (fixed seed).
 */
final class BenchmarkRequests {

    private static final String[] PLACES = {"outside the station", "near the market", "on the high street",
            "by the bus stop", "in the park", "outside the shops"};
    private static final String[] ACCOUNTS = {"I was stopped and searched on my way home.",
            "Officers searched my bag and found nothing.", "I was questioned about a robbery nearby.",
            "An officer filmed me while I was asked to move on.", "I was arrested and later released.",
            "I reported a theft and the officer recorded my account."};
    private static final List<String> OUTCOMES = List.of("DISCLOSED", "PARTIALLY_DISCLOSED", "REFUSED",
            "NO_FOOTAGE_HELD");

    private final DataSource dataSource;
    private final FieldCipher sealed;

    BenchmarkRequests(DataSource dataSource, FieldCipher sealed) {
        this.dataSource = dataSource;
        this.sealed = sealed;
    }

    void insert(int count) {
        var random = new SplittableRandom(42);
        List<Borough> boroughs = Boroughs.policedByTheMet();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement request = connection.prepareStatement("insert into footage_request (id, reference, "
                     + "submission_key, secret_hash, state, version, submitted_at, received_on, identity_verified_on, "
                     + "extension_months, requester_name, requester_date_of_birth, requester_address, "
                     + "requester_postcode, requester_email, requester_appearance, incident_date, incident_time_from, "
                     + "incident_time_to, borough_code, incident_location, incident_description, stop_and_search, "
                     + "access_preference) values (?, ?, ?, ?, ?, 0, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     + "'COPY')");
             PreparedStatement stage = connection.prepareStatement(
                     "insert into request_stage (request_id, state, entered_at, exited_at) values (?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            byte[] opaque = new byte[48];
            for (int i = 1; i <= count; i++) {
                UUID id = new UUID(random.nextLong(), random.nextLong());
                Instant submitted = now.minus(random.nextInt(3 * 365 * 24), ChronoUnit.HOURS);
                LocalDate received = submitted.atZone(org.candour.shared.LondonTime.ZONE).toLocalDate();
                Borough borough = boroughs.get(random.nextInt(boroughs.size()));
                boolean decided = random.nextInt(100) < 70;
                String state = decided ? OUTCOMES.get(random.nextInt(OUTCOMES.size())) : "SEARCHING";
                random.nextBytes(opaque);
                request.setObject(1, id);
                request.setString(2, "BWV-%04d-%06d".formatted(received.getYear(), i));
                request.setObject(3, UUID.randomUUID());
                request.setString(4, "0".repeat(64));
                request.setString(5, state);
                request.setTimestamp(6, Timestamp.from(submitted));
                request.setObject(7, received);
                request.setObject(8, received.plusDays(random.nextInt(5)));
                for (int column = 9; column <= 14; column++) {
                    request.setBytes(column, opaque);
                }
                request.setObject(15, received.minusDays(random.nextInt(40)));
                request.setObject(16, LocalTime.of(random.nextInt(23), 0));
                request.setObject(17, LocalTime.of(23, 30));
                request.setString(18, borough.gssCode());
                request.setBytes(19, sealed.seal(borough.name() + ", "
                        + PLACES[random.nextInt(PLACES.length)], FieldPlace.of("footage_request", "incident_location", id)));
                request.setBytes(20, sealed.seal(ACCOUNTS[random.nextInt(ACCOUNTS.length)],
                        FieldPlace.of("footage_request", "incident_description", id)));
                request.setBoolean(21, random.nextBoolean());
                request.addBatch();
                Instant searching = submitted.plus(1 + random.nextInt(72), ChronoUnit.HOURS);
                addStage(stage, id, "SUBMITTED", submitted, searching);
                Instant outcome = searching.plus(1 + random.nextInt(40 * 24), ChronoUnit.HOURS);
                addStage(stage, id, "SEARCHING", searching, decided ? outcome : null);
                if (decided) {
                    addStage(stage, id, state, outcome, null);
                }
                if (i % 5_000 == 0) {
                    request.executeBatch();
                    stage.executeBatch();
                    connection.commit();
                }
            }
            request.executeBatch();
            stage.executeBatch();
            try (var statement = connection.createStatement()) {
                statement.execute("alter sequence request_reference_seq restart with " + (count + 1));
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf("Inserted %d requests in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
    }

    private static void addStage(PreparedStatement stage, UUID id, String state, Instant entered, Instant exited)
            throws SQLException {
        stage.setObject(1, id);
        stage.setString(2, state);
        stage.setTimestamp(3, Timestamp.from(entered));
        stage.setTimestamp(4, exited == null ? null : Timestamp.from(exited));
        stage.addBatch();
    }
}
