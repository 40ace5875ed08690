package org.candour.shared.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.server.WrappedHttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.candour.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpSession;

/** Uploads wait in encrypted temporary files: no plaintext on disk or in the session, and nothing left behind. */
class TemporaryUploadsTest {

    private static final int LIMIT = 10 * 1024 * 1024;

    @TempDir
    Path directory;

    private final MutableClock clock = new MutableClock(Instant.now());
    private TemporaryUploads uploads;
    private byte[] document;
    private byte[] marker;

    @BeforeEach
    void setUp() {
        uploads = new TemporaryUploads(directory.toString(), clock);
        marker = ("PASSPORT-OF-AMARA-OKAFOR-" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
        document = documentWith(marker, 300_000);
    }

    @Test
    void anUploadIsOnDiskOnlyEncryptedAndReadsBackWhole() throws IOException {
        var upload = uploads.store("passport.pdf", new ByteArrayInputStream(document), LIMIT);

        assertThat(filesIn(directory)).hasSize(1);
        assertThat(filesContaining(directory, marker)).as("files holding the document's plaintext").isEmpty();
        assertThat(upload.size()).isEqualTo(document.length);
        assertThat(uploads.read(upload)).isEqualTo(document);
        assertThat(uploads.head(upload, 8)).isEqualTo(java.util.Arrays.copyOf(document, 8));
    }

    @Test
    void eachUploadHasItsOwnKey() throws IOException {
        var first = uploads.store("a.pdf", new ByteArrayInputStream(document), LIMIT);
        var second = uploads.store("b.pdf", new ByteArrayInputStream(document), LIMIT);

        assertThat(first.key().getEncoded()).isNotEqualTo(second.key().getEncoded());
        assertThat(Files.readAllBytes(first.path())).isNotEqualTo(Files.readAllBytes(second.path()));
    }

    @Test
    void whatTheSessionKeepsHoldsNoBytesOfTheDocumentAndNoKey() throws Exception {
        var upload = uploads.store("passport.pdf", new ByteArrayInputStream(document), LIMIT);

        byte[] serialized = serialize(upload);
        assertThat(indexOf(serialized, marker)).as("the document's bytes in the serialized upload").isEqualTo(-1);
        assertThat(indexOf(serialized, upload.key().getEncoded())).as("the key in the serialized upload")
                .isEqualTo(-1);
        assertThat(serialized.length).isLessThan(1000);
        for (var field : TemporaryUpload.class.getDeclaredFields()) {
            assertThat(field.getType()).as(field.getName()).isNotEqualTo(byte[].class);
        }
        var restored = (TemporaryUpload) new ObjectInputStream(new ByteArrayInputStream(serialized)).readObject();
        assertThatThrownBy(() -> uploads.read(restored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Upload it again");
    }

    @Test
    void anUploadPastTheLimitIsRefusedAndNothingIsKept() {
        assertThatThrownBy(() -> uploads.store("big.pdf", new ByteArrayInputStream(document), document.length - 1))
                .isInstanceOf(UploadTooLargeException.class);

        assertThat(filesIn(directory)).isEmpty();
    }

    @Test
    void anUploadCutOffMidwayKeepsNothing() {
        var brokenConnection = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                if (sent >= 100_000) {
                    throw new IOException("Connection reset by peer");
                }
                int n = Math.min(length, 100_000 - sent);
                System.arraycopy(document, sent, bytes, offset, n);
                sent += n;
                return n;
            }
        };

        assertThatThrownBy(() -> uploads.store("passport.pdf", brokenConnection, LIMIT))
                .isInstanceOf(IOException.class);
        assertThat(filesIn(directory)).isEmpty();
    }

    @Test
    void aDiscardedUploadIsGoneAndDiscardingTwiceIsHarmless() throws IOException {
        var upload = uploads.store("passport.pdf", new ByteArrayInputStream(document), LIMIT);

        uploads.discard(upload);
        uploads.discard(upload);

        assertThat(filesIn(directory)).isEmpty();
    }

    @Test
    void theFilesOfASessionAreDeletedWhenItEnds() throws IOException {
        var httpSession = new MockHttpSession();
        var session = new WrappedHttpSession(httpSession);
        var first = uploads.store("a.pdf", new ByteArrayInputStream(document), LIMIT);
        var second = uploads.store("b.pdf", new ByteArrayInputStream(document), LIMIT);
        var kept = uploads.store("other-session.pdf", new ByteArrayInputStream(document), LIMIT);
        UploadsOfSession.of(session).add(first);
        UploadsOfSession.of(session).add(second);

        httpSession.invalidate();

        assertThat(filesIn(directory)).containsExactly(kept.path());
    }

    @Test
    void theSweepDeletesOnlyFilesOlderThanADay() throws IOException {
        var old = uploads.store("old.pdf", new ByteArrayInputStream(document), LIMIT);
        Files.setLastModifiedTime(old.path(), java.nio.file.attribute.FileTime.from(clock.instant()));
        clock.advance(Duration.ofHours(25));
        var fresh = uploads.store("fresh.pdf", new ByteArrayInputStream(document), LIMIT);
        Files.setLastModifiedTime(fresh.path(), java.nio.file.attribute.FileTime.from(clock.instant()));
        Path stranger = Files.writeString(directory.resolve("notes.txt"), "not an upload");
        Files.setLastModifiedTime(stranger, java.nio.file.attribute.FileTime.from(Instant.EPOCH));

        assertThat(uploads.sweepOlderThan(TemporaryUploadSweep.ORPHANED_AFTER)).isEqualTo(1);

        assertThat(filesIn(directory)).containsExactlyInAnyOrder(fresh.path(), stranger);
    }

    @Test
    void aFileChangedOnDiskIsRefused() throws IOException {
        var upload = uploads.store("passport.pdf", new ByteArrayInputStream(document), LIMIT);
        byte[] bytes = Files.readAllBytes(upload.path());
        bytes[bytes.length / 2] ^= 1;
        Files.write(upload.path(), bytes);

        assertThatThrownBy(() -> uploads.read(upload)).isInstanceOf(org.candour.shared.crypto.TamperedFileException.class);
    }

    static byte[] documentWith(byte[] marker, int size) {
        byte[] content = new byte[size];
        new java.util.Random(18).nextBytes(content);
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(pdf, 0, content, 0, pdf.length);
        System.arraycopy(marker, 0, content, 1000, marker.length);
        System.arraycopy(marker, 0, content, size - marker.length, marker.length);
        return content;
    }

    static List<Path> filesIn(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Path> filesContaining(Path directory, byte[] marker) {
        return filesIn(directory).stream().filter(file -> {
            try {
                return indexOf(Files.readAllBytes(file), marker) >= 0;
            } catch (IOException goneMeanwhile) {
                return false;
            }
        }).toList();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] serialize(Object object) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }
}
