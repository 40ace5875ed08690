package org.candour.requests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.candour.requests.FilingReceipt;
import org.candour.shared.uploads.TemporaryUpload;
import org.candour.shared.uploads.TemporaryUploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filing draft holds its documents as encrypted temporary files, and deletes them once they are done with. */
class RequestDraftDocumentsTest {

    @TempDir
    Path directory;

    private TemporaryUploads uploads;
    private RequestDraft draft;
    private byte[] passport;

    @BeforeEach
    void setUp() {
        uploads = new TemporaryUploads(directory.toString(), Clock.systemUTC());
        draft = new RequestDraft(uploads);
        passport = ("%PDF-1.7\n% passport of Amara Okafor " + UUID.randomUUID() + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void theDraftHoldsNoBytesOfItsDocuments() throws IOException {
        draft.addDocument(upload("passport.pdf"));

        for (var field : RequestDraft.class.getDeclaredFields()) {
            assertThat(field.getType()).as(field.getName()).isNotEqualTo(byte[].class);
        }
        var serialized = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(serialized)) {
            out.writeObject(new ArrayList<>(draft.documents()));
        }
        assertThat(new String(serialized.toByteArray(), StandardCharsets.ISO_8859_1))
                .doesNotContain("passport of Amara Okafor");
    }

    @Test
    void filingReadsTheDocumentsThenDeletesTheirFilesAndClearsTheDraft() throws IOException {
        draft.fullName = "Amara Okafor";
        draft.addDocument(upload("passport.pdf"));
        draft.addDocument(upload("bill.pdf"));

        var request = draft.toNewRequest();
        assertThat(request.documents()).hasSize(2);
        assertThat(request.documents().getFirst().content()).isEqualTo(passport);
        draft.filed(new FilingReceipt("BWV-2026-000123", "SECRET", LocalDate.now(), LocalDate.now(),
                LocalDate.now(), LocalDate.now(), false));

        assertThat(filesIn(directory)).isEmpty();
        assertThat(draft.documents()).isEmpty();
        assertThat(draft.fullName).isEmpty();
    }

    @Test
    void aRemovedDocumentsFileIsDeleted() throws IOException {
        var removed = upload("blurred.pdf");
        var kept = upload("passport.pdf");
        draft.addDocument(removed);
        draft.addDocument(kept);

        draft.removeDocument(removed);

        assertThat(draft.documents()).containsExactly(kept);
        assertThat(filesIn(directory)).hasSize(1);
    }

    @Test
    void anAbandonedDraftsFilesAreDeletedWithTheSession() throws IOException {
        draft.addDocument(upload("passport.pdf"));

        draft.abandoned();

        assertThat(filesIn(directory)).isEmpty();
    }

    private TemporaryUpload upload(String name) throws IOException {
        return uploads.store(name, new ByteArrayInputStream(passport), 10 * 1024 * 1024);
    }

    private static List<Path> filesIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
