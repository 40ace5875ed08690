package org.candour.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.candour.support.TestSecurity.as;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.candour.audit.AuditFilter;
import org.candour.audit.AuditLog;
import org.candour.disclosure.FootageFile;
import org.candour.disclosure.FootageFiles;
import org.candour.disclosure.FootageReader;
import org.candour.disclosure.internal.FootageStorage;
import org.candour.footage.FootageImportService;
import org.candour.identity.Role;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.requests.RequesterDetails;
import org.candour.requests.internal.SnapshotReader;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestCases;
import org.candour.support.TestClips;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Key rotation end to end, with a key file ring (not the test profile's fixed key): requests with documents and a
 * real footage file are stored, one value still in the format before key ids; a rotation adds k2 and re-encrypts
 * everything; the portal reads it all back, the footage file has the same SHA-256, k1 can be retired, and a value
 * copied into another row does not open.
 */
@SpringBootTest(properties = {"candour.crypto.key=", "candour.disclosure.chunk-size=16KB"})
@Import(ClockTestConfiguration.class)
class KeyRotationIT {

    private static final Path DIR = Path.of("target", "test-keys", UUID.randomUUID().toString());
    private static final Path KEY_FILE = DIR.resolve("candour.key");
    private static final Path FOOTAGE = DIR.resolve("footage");

    @DynamicPropertySource
    static void keyFileAndFootage(DynamicPropertyRegistry registry) {
        registry.add("candour.crypto.key-file", KEY_FILE::toString);
        registry.add("candour.disclosure.storage-dir", FOOTAGE::toString);
    }

    @Autowired
    KeyRotation rotation;
    @Autowired
    KeyRing ring;
    @Autowired
    FieldCipher cipher;
    @Autowired
    List<SealedColumns> sealedColumns;
    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    FootageImportService imports;
    @Autowired
    FootageFiles files;
    @Autowired
    FootageReader reader;
    @Autowired
    SnapshotReader snapshots;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void aRotationReEncryptsEveryFieldAndFootageFileAndTheOldKeyCanThenBeRetired() throws Exception {
        var request = TestCases.withRecording(filing, casework, imports, clock);
        var other = filing.file(TestRequests.valid(clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                .minusDays(2))).reference();
        byte[] clip = Files.readAllBytes(TestClips.mp4(160, 120, 1));
        FootageFile stored = as("casey", Role.CASEWORKER, () -> files.attachOriginal(request.reference(),
                request.recordingId(), "clip.mp4", new java.io.ByteArrayInputStream(clip)));
        UUID id = snapshots.idOf(request.reference()).orElseThrow();
        SecretKey k1 = EncryptionKeys.resolve(null, KEY_FILE.toString());
        jdbc.update("update footage_request set requester_name = ? where id = ?",
                FieldCipherTest.legacySeal(k1, TestRequests.NAME), id);
        assertThat(ring.ids()).containsExactly("k1");

        var finishing = rotation.rotate(2);
        assertThat(finishing.addedKey()).as("a value not under the current key: finish, add no key").isNull();
        assertThat(finishing.total()).isEqualTo(1);

        var rotated = rotation.rotate(2);

        assertThat(rotated.addedKey()).isEqualTo("k2");
        assertThat(rotated.left()).isZero();
        assertThat(rotated.reencrypted()).containsEntry("footage files", 1L);
        assertThat(rotated.reencrypted().get("values in footage_request")).isGreaterThanOrEqualTo(2 * 10L);
        assertThat(rotated.reencrypted().get("values in identity_document")).isGreaterThanOrEqualTo(2 * 2L);
        assertThat(rotation.pending()).isZero();
        assertThat(Files.getPosixFilePermissions(DIR.resolve("candour.key.k2")).toString())
                .isEqualTo("[OWNER_READ, OWNER_WRITE]");
        assertThat(audit.list(new AuditFilter("data keys", ""), PageRequest.of(0, 10)).getContent())
                .filteredOn(entry -> entry.action().equals("KEYS_ROTATED")).hasSize(2)
                .anySatisfy(entry -> assertThat(entry.details()).contains("current key k2 (added)", "1 footage files"));

        var details = as("casey", Role.CASEWORKER, () -> casework.requesterDetails(request.reference()));
        assertThat(details.fullName()).isEqualTo(TestRequests.NAME);
        assertThat(details.documents()).extracting(RequesterDetails.Document::fileName).contains("passport.pdf");
        assertThat(snapshots.find(id).orElseThrow().description()).contains("stopped and searched");
        try (InputStream back = reader.open(stored.id()).orElseThrow().range(0, clip.length)) {
            assertThat(sha256(back.readAllBytes())).isEqualTo(stored.sha256()).isEqualTo(sha256(clip));
        }

        Files.delete(KEY_FILE);
        KeyRing retired = EncryptionKeys.ring(null, null, KEY_FILE.toString());
        assertThat(retired.ids()).containsExactly("k2");
        var withoutK1 = new FieldCipher(retired);
        long opened = 0;
        for (SealedColumns table : sealedColumns) {
            for (String column : table.columns()) {
                for (var row : jdbc.queryForList("select " + table.idColumn() + " as id, " + column + " as v from "
                        + table.table() + " where " + column + " is not null")) {
                    withoutK1.open((byte[]) row.get("V"), FieldPlace.of(table.table(), column, row.get("ID")));
                    opened++;
                }
            }
        }
        assertThat(opened).isGreaterThanOrEqualTo(rotated.total() - rotated.reencrypted().get("footage files"));
        var storage = FootageStorage.of(FOOTAGE, new DerivedKeys(retired), 16 * 1024);
        try (InputStream back = storage.read(stored.id(), clip.length, 0, clip.length)) {
            assertThat(sha256(back.readAllBytes())).isEqualTo(stored.sha256());
        }

        UUID otherId = snapshots.idOf(other).orElseThrow();
        jdbc.update("update footage_request set incident_description = (select incident_description from "
                + "footage_request where id = ?) where id = ?", id, otherId);
        assertThatIllegalStateException().isThrownBy(() -> snapshots.find(otherId))
                .withMessageContaining("does not belong in footage_request.incident_description");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
