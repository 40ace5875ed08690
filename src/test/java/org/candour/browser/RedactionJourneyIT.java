package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.candour.support.TestSecurity.as;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.candour.audit.AuditFilter;
import org.candour.audit.AuditLog;
import org.candour.disclosure.DeliveryAudited;
import org.candour.disclosure.FootageFile;
import org.candour.disclosure.FootageFiles;
import org.candour.disclosure.FootageKind;
import org.candour.disclosure.redaction.SyntheticClip;
import org.candour.footage.FootageImportService;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.shared.LondonTime;
import org.candour.support.TestCases;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A caseworker uploads a short clip with a face in it, has the faces found, keeps the requester's face clear, silences
 * a stretch, renders the disclosure copy (reloading the page while it renders), watches the copy and proposes its
 * release; a supervisor signs it off and the request is partly released; the requester plays the redacted copy on
 * the tracking page and downloads exactly it.
 */
class RedactionJourneyIT extends BrowserTest {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    FootageImportService imports;
    @Autowired
    java.time.Clock clock;
    @Autowired
    FootageFiles files;
    @Autowired
    AuditLog audit;

    @Test
    void aCaseworkerRedactsAndRendersACopyAndASupervisorSignsItOff() throws Exception {
        var request = TestCases.withRecording(filing, casework, imports, clock);
        inReview(request);
        Path clip = SyntheticClip.write(Files.createDirectories(Path.of("target", "test-clips"))
                .resolve("stop-" + UUID.randomUUID() + ".mp4"), new SyntheticClip.Spec(320, 240, 25, 50,
                List.of(new SyntheticClip.MovingFace(110, 20, 40, 170, 80)), true));
        var caseworker = accounts.open(TestStaff.account("casey", Role.CASEWORKER));
        var supervisor = accounts.open(TestStaff.account("sam", Role.SUPERVISOR));
        var staff = new StaffPages(browser);
        staff.signInToStaffHome(caseworker.username(), TestStaff.PASSWORD);

        browser.open("staff/requests/" + request.reference() + "/footage");
        browser.upload("clip-upload", clip);
        browser.waitForText("#footage-files .footage-file h3", clip.getFileName().toString());
        browser.click("#footage-files a[id^=redact-]");
        browser.waitForText("main h1", "Redact " + clip.getFileName());
        browser.click("#find-faces");
        browser.waitForText("#redaction-tracks", "Blur face F");
        assertThat(browser.imageShown("#redaction-frame-0 img")).isTrue();
        browser.screenshot("redaction-01-faces-found");

        browser.click("#redaction-tracks vaadin-checkbox input");
        browser.waitForText(".success-banner", "will be kept clear");
        browser.type("mute-from", "0.5");
        browser.type("mute-to", "1");
        browser.click("#add-mute");
        browser.waitForText("#redaction-mutes", "Silenced 0:00.500 to 0:01.000");
        browser.click("#render-copy");
        String reviewPath = browser.currentPath();
        browser.open(reviewPath); // the render goes on without the page; the reloaded page follows it
        browser.waitForText("#redaction-status", "The disclosure copy is ready");
        browser.waitUntilScript("const v = document.querySelector('#disclosure-copy video');"
                + "return v && v.readyState >= 1 && v.duration > 1.5 && v.duration < 2.5;");
        assertThat(browser.text("#redaction-log")).contains("Kept face track", "Silenced the sound over",
                "Disclosed to " + request.reference());
        browser.scrollTo("#disclosure-copy");
        browser.screenshot("redaction-02-copy-rendered");

        browser.click("#propose-release-button");
        browser.waitForText(".success-banner", "A supervisor must sign it off");
        staff.signOutFromNavigation();

        staff.signInToStaffHome(supervisor.username(), TestStaff.PASSWORD);
        browser.open("staff/requests/" + request.reference());
        browser.waitForText("#awaiting-sign-off", "releases the redacted disclosure copy");
        browser.screenshot("redaction-03-sign-off");
        new CaseworkPages(browser).step("sign-off", "signed off");
        assertThat(new CaseworkPages(browser).state()).isEqualToIgnoringCase("Footage partly released");
        staff.signOutFromNavigation();

        await().atMost(Duration.ofSeconds(60)).until(() -> audit.list(new AuditFilter(request.reference(), ""),
                PageRequest.of(0, 200)).getContent().stream()
                .anyMatch(e -> e.action().equals(DeliveryAudited.RELEASED)));
        String rendered = as("check", Role.CASEWORKER, () -> files.ofRequest(request.reference()).stream()
                .filter(f -> f.kind() == FootageKind.RENDERED).map(FootageFile::sha256).findFirst().orElseThrow());
        new TrackingPage(browser).track(request.reference(), request.trackingSecret());
        browser.waitForText("#footage-delivery h2", "Your footage is ready");
        browser.script("const v = document.querySelector('#footage-delivery video'); v.muted = true; v.play();");
        browser.waitUntilScript("const v = document.querySelector('#footage-delivery video');"
                + "return v.readyState >= 1 && v.duration > 1.5 && v.duration < 2.5;");
        browser.screenshot("redaction-04-requester-plays");
        browser.click("#footage-delivery a.download-footage");
        Path downloaded = browser.downloaded(request.reference() + "-footage.mp4");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(downloaded))))
                .as("the requester downloads the signed-off redacted copy").isEqualTo(rendered);
    }

    private void inReview(TestCases.CaseWithRecording request) {
        as("case-setup", Role.CASEWORKER, () -> {
            var d = casework.verifyIdentity(request.reference(), casework.find(request.reference()).orElseThrow()
                    .version(), LondonTime.today(clock));
            d = casework.startSearch(d.reference(), d.version());
            d = casework.preserveRecording(d.reference(), d.version(), request.recordingId());
            return casework.startReview(d.reference(), d.version());
        });
    }
}
