package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.candour.footage.FootageImportService;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.support.TestCases;
import org.candour.support.TestClips;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A caseworker uploads a clip on a case: a text file named .mp4 is refused with a clear message, a real clip is
 * stored and listed with its facts, and its preview plays in the page over HTTP range requests.
 */
class FootageFilesJourneyIT extends BrowserTest {

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

    @Test
    void aCaseworkerUploadsAClipAndWatchesItsPreview() throws IOException {
        var request = TestCases.withRecording(filing, casework, imports, clock);
        Path clip = TestClips.mp4(320, 240, 2);
        Path notAVideo = Files.writeString(TestClips.DIRECTORY.resolve("statement.mp4"), "Not a video at all.\n");
        var caseworker = accounts.open(TestStaff.account("casey", Role.CASEWORKER));
        new StaffPages(browser).signInToStaffHome(caseworker.username(), TestStaff.PASSWORD);

        browser.open("staff/requests/" + request.reference());
        browser.click("#footage-files-link");
        browser.waitForPath("staff/requests/" + request.reference() + "/footage");
        browser.waitForText("#footage-files", "No clips are stored for this request yet.");

        browser.upload("clip-upload", notAVideo);
        browser.waitForText(".error-summary", "not a video");

        browser.upload("clip-upload", clip);
        browser.waitForText("#footage-files .footage-file h3", clip.getFileName().toString());
        assertThat(browser.text("#footage-files .footage-file")).contains(request.recordingId(),
                "MP4, h264 320x240, 25 fps, 0:02, audio aac", "by " + caseworker.username());

        // The player has read the clip's header through the range endpoint: it knows how long the clip is.
        browser.waitUntilScript("const v = document.querySelector('#footage-files video');"
                + "return v.readyState >= 1 && v.duration > 1.5 && v.duration < 2.5;");
        browser.screenshot("footage-files-01-clip-stored-and-playable");
        browser.checkAccessibility("clip stored and playable");
    }
}
