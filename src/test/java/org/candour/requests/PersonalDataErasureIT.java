package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.candour.support.TestSecurity.as;
import static org.candour.support.TestSecurity.run;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.candour.audit.AuditFilter;
import org.candour.audit.AuditLog;
import org.candour.footage.FootageImportService;
import org.candour.identity.Role;
import org.candour.requests.domain.Decision;
import org.candour.requests.domain.NewDocument;
import org.candour.search.internal.RequestIndex;
import org.candour.shared.LondonTime;
import org.candour.shared.crypto.FieldCipher;
import org.candour.shared.crypto.FieldPlace;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestFootage;
import org.candour.support.TestRequests;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * DPA 2018 s.39 end to end, on a fixed clock: after the retention period the raw tables (read with JDBC, every
 * encrypted value decrypted) and the index hold nothing the requester told us, while younger and open requests keep
 * theirs, the statistics facts stay the same, the audit chain still verifies and holds on footage stay in place.
 * A second run the same day changes nothing. Its own context (the retention property), so that no other test's
 * closed requests are swept and its database holds only this test's requests.
 */
@SpringBootTest(properties = "candour.requests.retention.months=24")
@Import(ClockTestConfiguration.class)
class PersonalDataErasureIT {

    private static final String CASEWORKER = "erasure-caseworker";
    private static final String ADMIN = "erasure-admin";
    /** Tables whose rows must not change on a second run the same day (the run adds its report, nothing else). */
    private static final List<String> DATA_TABLES = List.of("footage_request", "identity_document",
            "request_timeline", "request_stage", "clarification_pause", "request_recording", "complaint_link",
            "recording", "audit_entry", "audit_chain_head");

    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    RequestSnapshots snapshots;
    @Autowired
    RequestFigures figures;
    @Autowired
    PersonalDataErasure erasure;
    @Autowired
    FootageImportService imports;
    @Autowired
    AuditLog audit;
    @Autowired
    FieldCipher cipher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    MutableClock clock;

    /**
     * What one requester told us when filing, each text unique to them, so the raw tables can be searched for it;
     * {@code texts} adds what casework may have written about them.
     */
    private record Told(String reference, List<String> filed) {

        List<String> texts() {
            var texts = new ArrayList<>(filed);
            String name = filed.getFirst().substring("Olu ".length());
            texts.addAll(List.of(name + " extension", name + " message", name + " internal"));
            return texts;
        }
    }

    @Test
    void afterTheRetentionPeriodNothingTheRequesterToldUsRemainsInTheTablesOrTheIndex() throws Exception {
        clock.set(Instant.parse("2031-01-10T10:00:00Z"));
        Told disclosed = file("Aldermoor", "AL918273");
        String recording = TestFootage.recordingInLambeth(imports, clock.instant().minus(Duration.ofDays(3)));
        act(disclosed, (ref, v) -> casework.verifyIdentity(ref, v, today()));
        act(disclosed, (ref, v) -> casework.extend(ref, v, 1, "Aldermoor extension reason", today()));
        act(disclosed, (ref, v) -> casework.sendMessage(ref, v, "Aldermoor message to the requester"));
        act(disclosed, (ref, v) -> casework.addNote(ref, v, "Aldermoor internal note"));
        act(disclosed, casework::startSearch);
        act(disclosed, (ref, v) -> casework.preserveRecording(ref, v, recording));
        act(disclosed, casework::startReview);
        act(disclosed, (ref, v) -> casework.decide(ref, v, Decision.DISCLOSED, null));
        Told open = file("Corrowby", "CO918275");
        act(open, (ref, v) -> casework.verifyIdentity(ref, v, today()));
        act(open, casework::startSearch);
        Told reviewed = file("Dunmarrow", "DU918276");
        act(reviewed, (ref, v) -> casework.verifyIdentity(ref, v, today()));
        act(reviewed, casework::startSearch);
        act(reviewed, casework::startReview);
        act(reviewed, (ref, v) -> casework.decide(ref, v, Decision.DISCLOSED, null));

        clock.set(Instant.parse("2031-01-11T10:00:00Z"));
        Told withdrawnLater = file("Bexleigh", "BX918274");
        act(withdrawnLater, casework::withdraw);
        act(disclosed, casework::close); // the outcome a day earlier counts, not this
        clock.set(Instant.parse("2032-06-01T10:00:00Z"));
        act(reviewed, casework::requestInternalReview);
        clock.set(Instant.parse("2032-06-02T10:00:00Z"));
        // someone other than who made the decision under review decides the review
        run("reviewer", Role.CASEWORKER, () -> casework.decide(reviewed.reference(), snapshot(reviewed).version(),
                Decision.DISCLOSED, null));
        var facts = facts();
        awaitIndexed(List.of(disclosed, open, reviewed, withdrawnLater));

        clock.set(Instant.parse("2033-01-10T12:00:00Z")); // 24 months after the first outcome, London date
        var first = erasure.sweep();

        assertThat(first.erased()).isEqualTo(1);
        assertThat(first.failed()).isZero();
        assertThat(first.closedOnOrBefore()).isEqualTo(LocalDate.of(2031, 1, 10));
        awaitIndexed(List.of(disclosed));
        await().atMost(Duration.ofSeconds(30)).until(() -> erasedEntries(disclosed) == 1);
        var everything = everyValueInTheDatabase();
        assertThat(disclosed.texts()).allSatisfy(text -> assertThat(everything).noneMatch(v -> v.contains(text)));
        // The scan does find what is still kept: the younger request's personal data, decrypted.
        assertThat(withdrawnLater.filed()).allSatisfy(text -> assertThat(everything).anyMatch(v -> v.contains(text)));
        assertThat(open.filed()).allSatisfy(text -> assertThat(everything).anyMatch(v -> v.contains(text)));
        assertErasedRow(disclosed);
        assertThat(jdbc.queryForObject("select count(*) from identity_document d join footage_request r "
                + "on r.id = d.request_id where r.reference = ?", Integer.class, withdrawnLater.reference())).isOne();
        assertThat(indexedSource(disclosed)).doesNotContain(disclosed.texts().toArray(String[]::new))
                .contains(disclosed.reference());
        assertThat(indexedSource(withdrawnLater)).contains("Bexleigh Road");
        assertThat(facts()).isEqualTo(facts);
        assertThat(audit.verify().isIntact()).isTrue();
        assertThat(jdbc.queryForObject("select held from request_recording where recording_id = ?", Boolean.class,
                recording)).isTrue();
        assertThat(jdbc.queryForObject("select hold_count from recording where id = ?", Integer.class, recording))
                .isOne();
        var page = as(CASEWORKER, Role.CASEWORKER, () -> casework.find(disclosed.reference()).orElseThrow());
        assertThat(page.personalDataErasedOn()).isEqualTo(LocalDate.of(2033, 1, 10));
        assertThat(page.incident().location()).isEmpty();
        assertThatThrownBy(() -> as(CASEWORKER, Role.CASEWORKER,
                () -> casework.requesterDetails(disclosed.reference()))).isInstanceOf(WorkflowException.class);

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null", Integer.class) == 0);
        var before = dump();
        long indexedVersion = snapshot(disclosed).version();
        var second = erasure.sweep();
        assertThat(second.erased()).isZero();
        assertThat(dump()).isEqualTo(before);
        assertThat(snapshot(disclosed).version()).isEqualTo(indexedVersion);

        clock.set(Instant.parse("2033-01-11T00:30:00Z")); // the next London day: the request withdrawn a day later
        assertThat(erasure.sweep().erased()).isEqualTo(1);
        assertErasedRow(withdrawnLater);
        assertThat(jdbc.queryForObject("select requester_name from footage_request where reference = ?",
                byte[].class, reviewed.reference())).as("reviewed after closure: its new outcome counts")
                .isNotNull();
        assertThat(jdbc.queryForObject("select requester_name from footage_request where reference = ?",
                byte[].class, open.reference())).isNotNull();

        var report = as(ADMIN, Role.ADMIN, () -> erasure.recentSweeps(10));
        assertThat(report).extracting(ErasureSweep::erased).containsExactly(1, 0, 1);
        assertThatThrownBy(() -> as(CASEWORKER, Role.CASEWORKER, () -> erasure.recentSweeps(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertErasedRow(Told told) {
        var row = jdbc.queryForMap("select * from footage_request where reference = ?", told.reference());
        assertThat(row).containsEntry("REQUESTER_NAME", null).containsEntry("REQUESTER_DATE_OF_BIRTH", null)
                .containsEntry("REQUESTER_ADDRESS", null).containsEntry("REQUESTER_POSTCODE", null)
                .containsEntry("REQUESTER_EMAIL", null).containsEntry("REQUESTER_PHONE", null)
                .containsEntry("REQUESTER_APPEARANCE", null).containsEntry("INCIDENT_LOCATION", null)
                .containsEntry("INCIDENT_DESCRIPTION", null).containsEntry("OFFICER_COLLAR_NUMBER", null)
                .containsEntry("CAD_REFERENCE", null).containsEntry("EXTENSION_REASON", null);
        assertThat(row.get("BOROUGH_CODE")).isEqualTo("E09000022");
        UUID id = snapshot(told).id();
        assertThat(jdbc.queryForObject("select count(*) from identity_document where request_id = ?", Integer.class,
                id)).isZero();
        assertThat(jdbc.queryForList("select text from request_timeline where request_id = ?", String.class, id))
                .containsExactly("We erased your personal data: we keep it for 24 months after a request closes.");
    }

    /** Every value of every table, encrypted ones decrypted, as text. */
    private List<String> everyValueInTheDatabase() throws SQLException {
        var values = new ArrayList<String>();
        var tables = new ArrayList<String>();
        try (var connection = jdbc.getDataSource().getConnection();
             var found = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                     new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        for (String table : tables) {
            jdbc.query("select * from \"" + table + "\"", rs -> {
                for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                    Object value = rs.getObject(column);
                    if (value instanceof byte[] bytes) {
                        values.add(new String(bytes, StandardCharsets.UTF_8));
                        values.add(decrypted(bytes, table, rs.getMetaData().getColumnName(column), rowId(rs)));
                    } else if (value != null) {
                        values.add(value.toString());
                    }
                }
            });
        }
        return values;
    }

    /** Encrypted values are bound to their table, column and row id: opened in the place they are found. */
    private String decrypted(byte[] bytes, String table, String column, @Nullable Object rowId) {
        if (rowId == null) {
            return "";
        }
        try {
            return cipher.openText(bytes, FieldPlace.of(table.toLowerCase(Locale.ROOT),
                    column.toLowerCase(Locale.ROOT), rowId));
        } catch (IllegalStateException notEncrypted) {
            return "";
        }
    }

    private static @Nullable Object rowId(java.sql.ResultSet rs) {
        try {
            return rs.getObject("id");
        } catch (SQLException noIdColumn) {
            return null;
        }
    }

    private List<List<Map<String, Object>>> dump() {
        return DATA_TABLES.stream().map(table -> jdbc.queryForList("select * from " + table).stream()
                .map(row -> {
                    row.replaceAll((column, value) -> value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
                            : value);
                    return row;
                }).sorted((a, b) -> a.toString().compareTo(b.toString())).toList()).toList();
    }

    private List<AnsweredRequestFact> facts() {
        return figures.receivedBetween(LocalDate.of(2030, 1, 1), LocalDate.of(2034, 1, 1)).stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }

    private long erasedEntries(Told told) {
        return as(ADMIN, Role.ADMIN, () -> audit.list(new AuditFilter(told.reference(), "system"),
                PageRequest.of(0, 50)).stream().filter(e -> e.action().equals("PERSONAL_DATA_ERASED")).count());
    }

    private Told file(String name, String collarNumber) {
        var valid = TestRequests.valid(today().minusDays(3));
        var incident = valid.incident();
        var about = valid.aboutYou();
        var request = new NewRequest(valid.submissionKey(),
                new NewRequest.AboutYou("Olu " + name, about.dateOfBirth(), name + " House, London", about.postcode(),
                        name.toLowerCase() + "@example.org", about.phone()),
                List.of(new NewDocument(name + "-passport.pdf", TestRequests.PDF)),
                new NewRequest.TheIncident(incident.date(), incident.timeFrom(), incident.timeTo(),
                        incident.boroughCode(), name + " Road", name + " happened to me",
                        name + " coloured jacket", collarNumber, "CAD " + name, incident.stopAndSearch()),
                valid.accessPreference(), true);
        String reference = filing.file(request).reference();
        return new Told(reference, List.of("Olu " + name, name + " House", name.toLowerCase() + "@example.org",
                name + "-passport", name + " Road", name + " happened", name + " coloured", collarNumber,
                "CAD " + name));
    }

    private interface Step {
        CaseDetails take(String reference, long version);
    }

    private void act(Told told, Step step) {
        run(CASEWORKER, Role.CASEWORKER, () -> step.take(told.reference(), snapshot(told).version()));
    }

    private RequestSnapshot snapshot(Told told) {
        return snapshots.pageAfter(null, 1_000).stream().filter(s -> s.reference().equals(told.reference()))
                .findFirst().orElseThrow();
    }

    private void awaitIndexed(List<Told> requests) {
        var expected = requests.stream().map(this::snapshot).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> expected.stream().allMatch(this::indexed));
    }

    private boolean indexed(RequestSnapshot snapshot) {
        try {
            var found = elasticsearch.get(g -> g.index(RequestIndex.ALIAS).id(snapshot.id().toString()), Void.class);
            return found.found() && found.version() != null && found.version() == snapshot.version();
        } catch (IOException unreachable) {
            return false;
        }
    }

    /** The document as Elasticsearch keeps it (its _source), as JSON text. */
    private String indexedSource(Told told) {
        try {
            var found = elasticsearch.get(g -> g.index(RequestIndex.ALIAS).id(snapshot(told).id().toString()),
                    Map.class);
            return String.valueOf(found.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LocalDate today() {
        return LondonTime.today(clock);
    }
}
