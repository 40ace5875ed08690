package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentRulesTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void recognisesEachAcceptedTypeByContent() {
        assertThat(DocumentRules.check(new NewDocument("scan.bin", PNG))).isEqualTo(DocumentType.PNG);
        assertThat(DocumentRules.check(new NewDocument("passport", JPEG))).isEqualTo(DocumentType.JPEG);
        assertThat(DocumentRules.check(new NewDocument("bill.PDF", PDF))).isEqualTo(DocumentType.PDF);
    }

    @Test
    void refusesADisguisedFileWhateverItsName() {
        byte[] windowsProgram = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> DocumentRules.check(new NewDocument("passport.jpg", windowsProgram)))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("“passport.jpg” is not a JPG, PNG or PDF file");
    }

    @Test
    void refusesAFileOverTenMegabytesAndAcceptsOneAtTheLimit() {
        byte[] atLimit = Arrays.copyOf(PDF, IdentityDocument.MAX_BYTES);
        assertThat(DocumentRules.check(new NewDocument("big.pdf", atLimit))).isEqualTo(DocumentType.PDF);
        byte[] over = Arrays.copyOf(PDF, IdentityDocument.MAX_BYTES + 1);
        assertThatThrownBy(() -> DocumentRules.check(new NewDocument("huge.pdf", over)))
                .hasMessageContaining("larger than 10 MB");
    }

    @Test
    void refusesEmptyFilesAndTooFewOrTooManyDocuments() {
        assertThatThrownBy(() -> DocumentRules.check(new NewDocument("empty.png", new byte[0])))
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> DocumentRules.checkAll(List.of())).hasMessageContaining("at least one");
        var three = List.of(new NewDocument("a.png", PNG), new NewDocument("b.png", PNG), new NewDocument("c.png", PNG));
        assertThatThrownBy(() -> DocumentRules.checkAll(three)).hasMessageContaining("no more than 2");
    }

    @Test
    void acceptsExactlyTwoDocumentsAndChecksEachOfThem() {
        DocumentRules.checkAll(List.of(new NewDocument("a.png", PNG), new NewDocument("b.pdf", PDF)));

        var secondEmpty = List.of(new NewDocument("a.png", PNG), new NewDocument("b.png", new byte[0]));
        assertThatThrownBy(() -> DocumentRules.checkAll(secondEmpty)).hasMessageContaining("“b.png” is empty");
    }

    @Test
    void aFileThatIsOnlyTheSignatureIsRecognisedAndOneByteShortIsNot() {
        byte[] signature = {'%', 'P', 'D', 'F', '-'};
        assertThat(DocumentType.detect(signature)).contains(DocumentType.PDF);
        assertThat(DocumentType.detect(Arrays.copyOf(signature, 4))).isEmpty();
    }

    /** A streamed upload is judged by its size and first bytes alone, with the same words as a whole file. */
    @Test
    void aStreamedDocumentIsCheckedByItsSizeAndFirstBytesWithTheSameMessages() {
        byte[] head = Arrays.copyOf(PNG, DocumentRules.HEAD_BYTES);
        assertThat(DocumentRules.check("scan.png", IdentityDocument.MAX_BYTES, head)).isEqualTo(DocumentType.PNG);
        assertThatThrownBy(() -> DocumentRules.check("huge.png", IdentityDocument.MAX_BYTES + 1L, head))
                .hasMessage("“huge.png” is larger than 10 MB");
        assertThatThrownBy(() -> DocumentRules.check("empty.png", 0, new byte[0]))
                .hasMessage("“empty.png” is empty");
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> DocumentRules.check("passport.jpg", 5000, program))
                .hasMessageContaining("“passport.jpg” is not a JPG, PNG or PDF file");
    }
}
