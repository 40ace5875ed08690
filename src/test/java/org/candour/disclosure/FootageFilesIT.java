package org.candour.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.support.TestSecurity.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.candour.audit.AuditFilter;
import org.candour.audit.AuditLog;
import org.candour.footage.FootageImportService;
import org.candour.identity.Role;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestCases;
import org.candour.support.TestClips;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Attaching clips through the service, with real FFmpeg and real files: a real clip is probed, stored encrypted and
 * its SHA-256 audited; a text file named .mp4, a cut-short MP4, an empty file and a file over the limit are refused
 * with nothing stored, no row and no file left anywhere.
 */
@SpringBootTest(properties = {"candour.disclosure.storage-dir=target/test-footage/it",
        "candour.disclosure.max-upload-size=400KB", "candour.disclosure.chunk-size=16KB"})
@Import(ClockTestConfiguration.class)
class FootageFilesIT {

    private static Path clip;

    @Autowired
    FootageFiles files;
    @Autowired
    FootageReader reader;
    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    FootageImportService imports;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;
    @Value("${candour.disclosure.storage-dir}")
    Path storageDir;

    private TestCases.CaseWithRecording request;

    @BeforeAll
    static void makeAClip() throws IOException {
        clip = TestClips.mp4(320, 240, 2);
    }

    @BeforeEach
    void fileARequest() {
        request = TestCases.withRecording(filing, casework, imports, clock);
    }

    @Test
    void aRealClipIsProbedStoredEncryptedAndItsShaAudited() throws Exception {
        byte[] plain = Files.readAllBytes(clip);
        var stored = attach("bodycam export.mp4", Files.newInputStream(clip));

        assertThat(stored.sizeBytes()).isEqualTo(plain.length);
        assertThat(stored.sha256()).isEqualTo(sha256(plain));
        assertThat(stored.facts()).satisfies(facts -> {
            assertThat(facts.container()).isEqualTo("MP4");
            assertThat(facts.videoCodec()).isEqualTo("h264");
            assertThat(facts.width()).isEqualTo(320);
            assertThat(facts.height()).isEqualTo(240);
            assertThat(facts.frameRate()).isEqualTo(25.0);
            assertThat(facts.duration().toMillis()).isBetween(1900L, 2200L);
            assertThat(facts.audioCodec()).isEqualTo("aac");
        });
        assertThat(as("reader", Role.SUPERVISOR, () -> files.ofRequest(request.reference())))
                .extracting(FootageFile::id, FootageFile::originalName, FootageFile::recordingId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(stored.id(), "bodycam export.mp4",
                        request.recordingId()));

        List<Path> onDisk = storedFiles().stream()
                .filter(path -> path.getFileName().toString().startsWith(stored.id().toString())).toList();
        assertThat(onDisk).hasSize(1);
        byte[] encrypted = Files.readAllBytes(onDisk.getFirst());
        assertThat(encrypted.length).isGreaterThan(plain.length);
        assertThat(Arrays.equals(encrypted, 0, 4096, plain, 0, 4096)).isFalse();
        assertThat(contains(encrypted, "ftypisom")).isFalse(); // the MP4's own signature is not readable on disk
        try (InputStream back = reader.open(stored.id()).orElseThrow().range(0, plain.length)) {
            assertThat(back.readAllBytes()).isEqualTo(plain);
        }

        var entries = audit.list(new AuditFilter(request.reference(), ""), PageRequest.of(0, 20)).getContent();
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(FootageAudited.STORED);
            assertThat(entry.actor()).isEqualTo("casey");
            assertThat(entry.details()).contains(stored.sha256(), stored.id().toString(), request.recordingId(),
                    "MP4, h264 320x240, 25 fps");
        });
    }

    @Test
    void aTextFileNamedMp4IsRefusedWithNothingStored() {
        byte[] text = "These are not the droids you are looking for.\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        assertRefused("notes.mp4", new ByteArrayInputStream(text), "not a video");
    }

    @Test
    void aCutShortMp4IsRefusedWithNothingStored() throws IOException {
        byte[] plain = Files.readAllBytes(clip);
        assertRefused("cut.mp4", new ByteArrayInputStream(Arrays.copyOf(plain, plain.length * 2 / 3)), "damaged");
    }

    @Test
    void anEmptyFileIsRefusedWithNothingStored() {
        assertRefused("empty.mp4", new ByteArrayInputStream(new byte[0]), "empty (0 bytes)");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithNothingStored() {
        byte[] big = new byte[500 * 1024];
        new Random(1).nextBytes(big);
        assertRefused("huge.mp4", new ByteArrayInputStream(big), "larger than 400 KB");
    }

    @Test
    void aRecordingNotAttachedToTheRequestIsRefused() {
        assertThatThrownBy(() -> as("casey", Role.CASEWORKER, () -> files.attachOriginal(request.reference(),
                "NOT-ATTACHED", "a.mp4", open(clip))))
                .isInstanceOf(FootageRejectedException.class).hasMessageContaining("not attached to this request");
    }

    @Test
    void onlyCaseworkersAndSupervisorsAttachOrList() {
        for (Role role : new Role[] {Role.ADMIN, Role.OVERSIGHT, Role.MONITORING}) {
            assertThatThrownBy(() -> as("someone", role, () -> files.attachOriginal(request.reference(),
                    request.recordingId(), "a.mp4", open(clip))))
                    .as("%s attaching", role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("someone", role, () -> files.ofRequest(request.reference())))
                    .as("%s listing", role).isInstanceOf(AccessDeniedException.class);
        }
    }

    private FootageFile attach(String name, InputStream content) {
        return as("casey", Role.CASEWORKER, () -> files.attachOriginal(request.reference(), request.recordingId(),
                name, content));
    }

    private void assertRefused(String name, InputStream content, String message) {
        var before = storedFiles();
        assertThatThrownBy(() -> attach(name, content)).isInstanceOf(FootageRejectedException.class)
                .hasMessageContaining(message);
        assertThat(as("reader", Role.CASEWORKER, () -> files.ofRequest(request.reference()))).isEmpty();
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(audit.list(new AuditFilter(request.reference(), ""), PageRequest.of(0, 20)).getContent())
                .noneMatch(entry -> entry.action().equals(FootageAudited.STORED));
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every file under the storage directory, incoming uploads included. */
    private List<Path> storedFiles() {
        if (Files.notExists(storageDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(storageDir)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] bytes, String ascii) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(ascii);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
