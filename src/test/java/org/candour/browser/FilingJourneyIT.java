package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;

/** A member of the public files a request with an identity document, then tracks it with the reference and secret. */
class FilingJourneyIT extends BrowserTest {

    @TempDir
    Path files;

    @Value("${candour.uploads.temp-dir}")
    Path uploadsWaiting;

    @Test
    void fileARequestWithAnUploadThenTrackIt() throws Exception {
        var pages = new FilingPages(browser);
        pages.start();
        pages.aboutYou("Amara Okafor", "17/05/1990", "Flat 2, 10 Acre Lane, London", "SW2 5SG",
                "amara.okafor@example.org");
        var before = uploadsWaiting();
        String marker = "passport of Amara Okafor " + UUID.randomUUID();
        pages.uploadDocument(Files.writeString(files.resolve("passport.pdf"), "%PDF-1.7\n% " + marker + "\n%%EOF\n"));
        var ours = uploadsWaiting().stream().filter(file -> !before.contains(file)).toList();
        assertThat(ours).as("the upload's encrypted temporary file").hasSize(1);
        assertThat(Files.readString(ours.getFirst(), StandardCharsets.ISO_8859_1)).doesNotContain(marker);
        pages.documentsDone();
        pages.incident(yesterday(), "21:00", "21:30", "Lambeth");
        pages.whatHappened("Brixton Road, outside the underground station",
                "Two officers stopped and searched me and said I matched a description.",
                "Red hooded jacket, grey jeans, blue rucksack", true);
        pages.wantACopy();
        String answers = pages.checkAnswers();
        assertThat(answers).contains("Amara Okafor", "passport.pdf", "Lambeth", "Brixton Road", "A copy of the footage");

        var receipt = pages.declareAndSend();
        assertThat(receipt.reference()).matches("BWV-\\d{4}-\\d{6,7}");
        assertThat(ours.getFirst()).as("the upload's temporary file, once filed").doesNotExist();
        assertThat(receipt.secret()).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}");
        assertThat(browser.pageText()).contains("is normally deleted on", "We must reply within one calendar month");
        browser.open("request-footage/confirmation"); // again, as on a shared computer: the secret is gone
        browser.waitForText("#reference", receipt.reference());
        assertThat(browser.pageText()).contains("We showed your tracking secret once").doesNotContain(receipt.secret());

        var tracking = new TrackingPage(browser);
        tracking.track(receipt.reference(), receipt.secret());
        assertThat(browser.waitForText("#request-state", "RECEIVED").getText()).isEqualToIgnoringCase("Received");
        assertThat(browser.pageText()).contains(receipt.reference(), "Lambeth", "We received your request.")
                .doesNotContain("Amara", "Acre Lane");
        browser.screenshot("11-tracked");
        browser.checkAccessibility("tracked");
    }

    private List<Path> uploadsWaiting() throws IOException {
        if (Files.notExists(uploadsWaiting)) {
            return List.of();
        }
        try (Stream<Path> waiting = Files.list(uploadsWaiting)) {
            return waiting.toList();
        }
    }

    private static String yesterday() {
        return java.time.LocalDate.now(org.candour.shared.LondonTime.ZONE).minusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
