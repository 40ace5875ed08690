package org.candour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.candour.footage.FootageCatalogue;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator uploads a CSV export of recordings and reads the report; the bad row is listed by line. */
class FootageImportJourneyIT extends BrowserTest {

    private static final String OFFICER = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Autowired
    StaffAccounts accounts;
    @Autowired
    FootageCatalogue catalogue;

    @TempDir
    Path files;

    @Test
    void anAdministratorImportsACsvExportAndSeesWhichRowWasRefused() throws IOException {
        String id = "UI-" + UUID.randomUUID().toString().substring(0, 8);
        Path csv = files.resolve("recordings.csv");
        Files.writeString(csv, "recording_id,camera_id,borough_code,start,end,category,evidential,officer_key\n"
                + id + "-1,CAM-7,E09000022,2026-11-20T21:00:00Z,2026-11-20T21:10:00Z,arrest,true," + OFFICER + "\n"
                + id + "-2,CAM-7,E09000022,2026-11-20T21:20:00Z,2026-11-20T21:30:00Z,stop_and_search,false,"
                + OFFICER + "\n"
                + id + "-3,CAM-7,E09000022,2026-11-20T22:00:00Z,2026-11-20T21:00:00Z,other,false," + OFFICER + "\n");
        var admin = accounts.open(TestStaff.account("ada", Role.ADMIN));
        new StaffPages(browser).signInToStaffHome(admin.username(), TestStaff.PASSWORD);

        browser.click("#staff-pages a[href='staff/footage/import']");
        browser.waitForPath("staff/footage/import");
        browser.upload("recordings-file", csv);

        browser.waitForText("#import-report h2", "Imported recordings.csv");
        assertThat(browser.findAll("#import-report .summary-row"))
                .extracting(row -> row.getText().replaceAll("\\s+", " "))
                .contains("Rows read 3", "New recordings 2", "Rows with problems 1");
        browser.waitForText("#import-errors", "end is before start");
        assertThat(catalogue.recording(id + "-1")).isPresent();
        assertThat(catalogue.recording(id + "-3")).isEmpty();
        browser.screenshot("footage-01-import-report");
        browser.checkAccessibility("import report");
    }
}
