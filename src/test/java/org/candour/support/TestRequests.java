package org.candour.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.candour.requests.NewRequest;
import org.candour.requests.domain.AccessPreference;
import org.candour.requests.domain.NewDocument;

/** A valid request as a member of the public would file it, for tests to vary. */
public final class TestRequests {

    public static final String NAME = "Olusegun Testperson";
    public static final String EMAIL = "olusegun.testperson@example.org";
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private TestRequests() {
    }

    /** A real one-page PDF (an A6 page with a line of text), that PDFBox and browsers can render. */
    public static byte[] renderablePdf() {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A6);
            document.addPage(page);
            try (var text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(20, 300);
                text.showText("Specimen driving licence");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid request whose identity documents are {@code documents}. */
    public static NewRequest withDocuments(LocalDate incidentDate, List<NewDocument> documents) {
        var valid = valid(incidentDate);
        return new NewRequest(valid.submissionKey(), valid.aboutYou(), documents, valid.incident(),
                valid.accessPreference(), true);
    }

    public static NewRequest valid(LocalDate incidentDate) {
        return withKey(UUID.randomUUID(), incidentDate);
    }

    public static NewRequest withKey(UUID submissionKey, LocalDate incidentDate) {
        return new NewRequest(submissionKey,
                new NewRequest.AboutYou(NAME, LocalDate.of(1990, 5, 17), "Flat 2, 10 Acre Lane, London", "SW2 5SG",
                        EMAIL, "020 7946 0000"),
                List.of(new NewDocument("passport.pdf", PDF)),
                new NewRequest.TheIncident(incidentDate, LocalTime.of(21, 0), LocalTime.of(21, 30), "E09000022",
                        "Brixton Road, outside the underground station",
                        "I was stopped and searched by two officers who said I matched a description.",
                        "Red hooded jacket, grey jeans, carrying a blue rucksack", "1234AB", "CAD 4821/26",
                        true),
                AccessPreference.COPY, true);
    }
}
