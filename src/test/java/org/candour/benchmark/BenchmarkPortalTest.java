package org.candour.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkPortalTest {

    @Test
    void theApplicationsH2SettingsAreKeptAndASettingGivenAgainReplacesItsOwn(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("db");

        String url = BenchmarkPortal.applicationH2Url(file, ";QUERY_CACHE_SIZE=0;LOCK_TIMEOUT=2000");

        assertThat(url)
                .isEqualTo("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=0;LOCK_TIMEOUT=2000");
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(connection.isValid(1)).as("H2 refuses a setting named twice").isTrue();
        }
    }

    @Test
    void withoutOptionsTheURLIsTheApplications(@TempDir Path dir) {
        assertThat(BenchmarkPortal.applicationH2Url(dir.resolve("db"), ""))
                .isEqualTo("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64");
    }
}
