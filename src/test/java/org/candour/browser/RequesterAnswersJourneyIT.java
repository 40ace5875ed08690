package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.notifications.DemoMailbox;
import org.candour.notifications.ReceivedMail;
import org.candour.requests.RequestFilingService;
import org.candour.requests.domain.ClockPause;
import org.candour.requests.domain.NewDocument;
import org.candour.requests.domain.StatutoryClock;
import org.candour.shared.LondonTime;
import org.candour.support.TestRequests;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The requester in the loop: a caseworker asks a question, the requester is emailed (by the real mail server),
 * follows its link to the tracking page and answers there with a file, the clock runs again and the caseworker sees
 * the answer and the new due date; a requester withdraws.
 */
class RequesterAnswersJourneyIT extends BrowserTest {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    RequestFilingService filing;

    @Autowired
    DemoMailbox mailbox;

    @TempDir
    Path files;

    @Value("${candour.uploads.temp-dir}")
    Path uploadsWaiting;

    private static final Pattern TRACK_LINK = Pattern.compile("href=\"https?://[^/\"]+/(track)\"");

    @Test
    void aCaseworkerAsksTheRequesterRepliesWithAFileAndTheClockRunsAgain() throws Exception {
        var today = LocalDate.now(LondonTime.ZONE);
        var receipt = filing.file(TestRequests.valid(today.minusDays(40)));
        var caseworker = accounts.open(TestStaff.account("casey", Role.CASEWORKER));
        var staff = new StaffPages(browser);
        var casework = new CaseworkPages(browser);
        staff.signInToStaffHome(caseworker.username(), TestStaff.PASSWORD);
        browser.open("staff/requests/" + receipt.reference());
        casework.step("verify-identity", "statutory clock has started");
        casework.step("start-search", "search has started");
        browser.type("clarification-question", "Which exit of the station were you stopped at?");
        casework.step("ask-clarification", "clock is paused");
        staff.signOutFromNavigation();

        var question = emailed(receipt.reference(), "We have a question about your request");
        assertThat(question.to()).containsExactly(TestRequests.EMAIL);
        assertThat(question.text()).contains("Read our question on the tracking page")
                .doesNotContain("Which exit", receipt.trackingSecret());
        var link = TRACK_LINK.matcher(question.html());
        assertThat(link.find()).as("a link to the tracking page in the email").isTrue();
        browser.open(link.group(1));
        browser.waitForPath("track");
        new TrackingPage(browser).track(receipt.reference(), receipt.trackingSecret());
        browser.find("#requester-actions");
        assertThat(browser.text("#request-state")).isEqualToIgnoringCase("Waiting for your reply");
        assertThat(browser.text("#requester-actions")).contains("Answer our question");
        browser.type("reply-text", "The north exit, by the bus stop.");
        var before = uploadsWaiting();
        browser.upload("reply-files", Files.write(files.resolve("map.pdf"), TestRequests.PDF));
        browser.waitForText("#requester-actions .uploaded-documents", "map.pdf");
        var ours = uploadsWaiting().stream().filter(file -> !before.contains(file)).toList();
        assertThat(ours).as("the file's encrypted temporary file").hasSize(1);
        browser.screenshot("answers-01-reply");
        browser.checkAccessibility("reply");
        browser.click("#send-reply");
        browser.waitForText(".success-banner", "Your reply has been sent");
        assertThat(browser.text("#request-state")).isEqualToIgnoringCase("Searching for footage");
        assertThat(browser.pageText()).contains("You replied with a file.", "time limit is running again");
        assertThat(ours.getFirst()).as("the file's temporary file, once sent").doesNotExist();
        browser.screenshot("answers-02-replied");
        browser.checkAccessibility("replied");

        staff.signInToStaffHome(caseworker.username(), TestStaff.PASSWORD);
        browser.open("staff/requests/" + receipt.reference());
        var due = StatutoryClock.deadline(today, today, List.of(new ClockPause(today, today)), 0, today).dueDate();
        assertThat(browser.text("#case-clocks")).contains("Reply due\n" + LondonTime.inWordsWithDay(due))
                .doesNotContain("Paused");
        assertThat(browser.text("#requester-replies")).contains("The north exit, by the bus stop.", "1 file");
        assertThat(browser.text("#answer-to-check")).contains("replied on " + LondonTime.inWords(today));
        browser.screenshot("answers-03-caseworker-sees-reply");
        browser.checkAccessibility("caseworker sees reply");
        casework.step("confirm-answer", "answer is confirmed");
        assertThat(browser.findAll("#answer-to-check")).isEmpty();
    }

    @Test
    void aCaseworkerOpensEachIdentityDocumentInThePage() throws IOException {
        byte[] photo = smallPng();
        var receipt = filing.file(TestRequests.withDocuments(LocalDate.now(LondonTime.ZONE).minusDays(2), List.of(
                new NewDocument("licence.pdf", TestRequests.renderablePdf()), new NewDocument("photo.png", photo))));
        var caseworker = accounts.open(TestStaff.account("casey", Role.CASEWORKER));
        new StaffPages(browser).signInToStaffHome(caseworker.username(), TestStaff.PASSWORD);
        browser.open("staff/requests/" + receipt.reference());

        browser.click("#show-requester");
        assertThat(browser.waitForText("#identity-documents", "photo.png").getText())
                .contains("photo.png (PNG, 1 KB)").doesNotContain("0 KB");
        browser.click("#view-document-1");
        assertThat(browser.imageShown("#identity-documents img.document-page")).isTrue();
        browser.scrollTo("#identity-documents");
        browser.screenshot("answers-06-document-pdf");
        browser.checkAccessibility("document pdf");
        var page = browser.fetch(browser.find("#identity-documents img.document-page").getAttribute("src"));
        assertThat(page.get(0)).isEqualTo("200");
        assertThat(page.get(1)).startsWith("image/png");
        assertThat(page.get(3)).contains("no-store");
        browser.click("#view-document-2");
        assertThat(browser.imageShown("#identity-documents li:nth-child(2) img.document-page")).isTrue();
        assertThat(browser.findAll("#identity-documents img.document-page")).hasSize(2);
        browser.click("#view-document-1");
        browser.waitForText("#view-document-1", "View");
        assertThat(browser.findAll("#identity-documents img.document-page")).hasSize(1);
    }

    /** The email about this request with this subject, once the real mail server has received it. */
    private ReceivedMail emailed(String reference, String subject) {
        await().atMost(Duration.ofSeconds(60)).until(() -> mail(reference, subject).isPresent());
        return mail(reference, subject).orElseThrow();
    }

    private Optional<ReceivedMail> mail(String reference, String subject) {
        return mailbox.messages().stream()
                .filter(m -> m.subject().contains(reference) && m.subject().contains(subject)).findFirst();
    }

    /** A PNG of under 1,024 bytes, which was once listed as "0 KB". */
    private static byte[] smallPng() throws IOException {
        var image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        var random = new Random(17);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        assertThat(out.size()).isBetween(500, 1024);
        return out.toByteArray();
    }

    @Test
    void aDisguisedFileOrNoFileIsRefusedOnTheTrackingPageAndNothingIsSent() throws IOException {
        var receipt = filing.file(TestRequests.valid(LocalDate.now(LondonTime.ZONE).minusDays(2)));
        new TrackingPage(browser).track(receipt.reference(), receipt.trackingSecret());
        browser.find("#requester-actions");

        browser.upload("more-documents", Files.write(files.resolve("passport.jpg"),
                "MZ this is a program, not a photo".getBytes(StandardCharsets.US_ASCII)));
        assertThat(browser.waitForText(".error-summary", "not a JPG, PNG or PDF").getText())
                .contains("“passport.jpg” is not a JPG, PNG or PDF file");
        browser.click("#send-documents");
        browser.waitForText(".error-summary", "Upload at least one identity document");
        browser.screenshot("answers-07-bad-document");
        browser.checkAccessibility("errors shown");

        assertThat(browser.pageText()).doesNotContain("You sent");
        assertThat(browser.findAll(".success-banner h2")).isEmpty();
    }

    @Test
    void aRequesterWithdrawsAfterConfirming() {
        var receipt = filing.file(TestRequests.valid(LocalDate.now(LondonTime.ZONE).minusDays(2)));
        new TrackingPage(browser).track(receipt.reference(), receipt.trackingSecret());
        browser.find("#requester-actions");
        assertThat(browser.text("#request-state")).isEqualToIgnoringCase("Received");

        browser.click("#withdraw-request");
        browser.waitForText("#withdraw-confirmation", "Are you sure you want to withdraw request "
                + receipt.reference());
        browser.screenshot("answers-04-withdraw-confirm");
        browser.checkAccessibility("confirmation open");
        browser.click("#cancel-withdraw");
        browser.click("#withdraw-request");
        browser.click("#confirm-withdraw");

        browser.waitForText(".success-banner", "You have withdrawn your request");
        assertThat(browser.text("#request-state")).isEqualToIgnoringCase("Withdrawn");
        assertThat(browser.findAll("#send-reply")).isEmpty();
        assertThat(browser.findAll("#withdraw-request")).isEmpty();
        browser.screenshot("answers-05-withdrawn");
        browser.checkAccessibility("withdrawn");
    }

    private List<Path> uploadsWaiting() throws IOException {
        if (Files.notExists(uploadsWaiting)) {
            return List.of();
        }
        try (var waiting = Files.list(uploadsWaiting)) {
            return waiting.toList();
        }
    }
}
