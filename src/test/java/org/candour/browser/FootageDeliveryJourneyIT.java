package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.candour.support.TestSecurity.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import org.candour.audit.AuditFilter;
import org.candour.audit.AuditLog;
import org.candour.disclosure.DeliveryAudited;
import org.candour.disclosure.DisclosureCopyApproved;
import org.candour.disclosure.FootageFiles;
import org.candour.footage.FootageImportService;
import org.candour.identity.Role;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.shared.LondonTime;
import org.candour.support.TestClips;
import org.candour.support.TestFootage;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The requester gets their footage: once a copy is approved (the event the supervisor's sign-off publishes), the
 * tracking page says "Your footage is ready", its player plays the copy over range requests, and the download
 * saves exactly the approved bytes (same SHA-256). The requester also picks a time to watch it at a station.
 */
class FootageDeliveryJourneyIT extends BrowserTest {

    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    FootageImportService imports;
    @Autowired
    FootageFiles files;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theRequesterPlaysAndDownloadsTheirFootageFromTheTrackingPage() throws Exception {
        LocalDate incidentDay = LocalDate.now(LondonTime.ZONE).minusDays(3);
        var receipt = filing.file(TestRequests.valid(incidentDay));
        String recording = TestFootage.recordingInLambeth(imports,
                incidentDay.atStartOfDay(LondonTime.ZONE).toInstant().plus(Duration.ofHours(14)));
        Path clip = TestClips.mp4(320, 240, 2);
        var stored = as("casey", Role.CASEWORKER, () -> {
            casework.attachRecording(receipt.reference(), casework.find(receipt.reference()).orElseThrow().version(),
                    recording);
            try (var in = Files.newInputStream(clip)) {
                return files.attachOriginal(receipt.reference(), recording, "clip.mp4", in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> publisher.publishEvent(
                new DisclosureCopyApproved(receipt.reference(), stored.id(), stored.sha256(),
                        java.time.Instant.now())));
        await().atMost(Duration.ofSeconds(60)).until(() -> actions(receipt.reference())
                .contains(DeliveryAudited.RELEASED));

        new TrackingPage(browser).track(receipt.reference(), receipt.trackingSecret());
        browser.waitForText("#footage-delivery h2", "Your footage is ready");
        assertThat(browser.text("#footage-delivery")).contains("You can watch or download it until the end of");
        browser.script("const v = document.querySelector('#footage-delivery video'); v.muted = true; v.play();");
        browser.waitUntilScript("const v = document.querySelector('#footage-delivery video');"
                + "return v.readyState >= 1 && v.duration > 1.5 && v.duration < 2.5;");
        browser.screenshot("delivery-01-footage-ready");

        browser.click("#footage-delivery a.download-footage");
        Path downloaded = browser.downloaded(receipt.reference() + "-footage.mp4");
        assertThat(sha256(downloaded)).isEqualTo(stored.sha256()).isEqualTo(sha256(clip));
        await().atMost(Duration.ofSeconds(20)).until(() -> actions(receipt.reference())
                .contains(DeliveryAudited.DOWNLOADED));
        assertThat(actions(receipt.reference())).contains(DeliveryAudited.VIEWED);

        browser.click("#choose-appointment");
        browser.waitForText("#appointment-chosen", "You chose to watch it at a police station in");
        browser.screenshot("delivery-02-appointment-chosen");
    }

    private java.util.List<String> actions(String reference) {
        return audit.list(new AuditFilter(reference, ""), PageRequest.of(0, 100)).getContent().stream()
                .map(entry -> entry.action()).toList();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
