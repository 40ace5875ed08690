package org.candour.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** A file the browser refuses gets the server's words: the file's name and the limit, never "File is Too Big.". */
class UploadMessagesTest {

    @Test
    void aRefusedFileIsNamedWithTheLimitOrTheKindsAccepted() {
        var upload = new Upload();
        UploadMessages.apply(upload, "10 MB", "JPG, PNG or PDF", message -> { });
        UploadI18N.Error error = Objects.requireNonNull(upload.getI18n()).getError();

        assertThat(UploadMessages.message("big-scan.png", error.getFileIsTooBig(), error))
                .isEqualTo("“big-scan.png” is larger than 10 MB");
        assertThat(UploadMessages.message("notes.docx", error.getIncorrectFileType(), error))
                .isEqualTo("“notes.docx” is not a JPG, PNG or PDF file");
        assertThat(UploadMessages.message("a.pdf", error.getTooManyFiles(), error))
                .isEqualTo("You have chosen more files than you can send here");
    }
}
