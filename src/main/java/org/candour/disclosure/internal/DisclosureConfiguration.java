package org.candour.disclosure.internal;

import java.nio.file.Path;
import org.candour.shared.crypto.KeyDerivation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Wires footage storage: the directory ({@code candour.disclosure.storage-dir}), the chunk size, and the footage
 * key, derived from the portal's data key with its own label so that it never equals the personal-data key.
 */
@Configuration(proxyBeanMethods = false)
class DisclosureConfiguration {

    static final String FOOTAGE_KEY_LABEL = "candour footage files v1";

    @Bean
    FootageStorage footageStorage(KeyDerivation keys,
                                  @Value("${candour.disclosure.storage-dir:./data/footage}") String directory,
                                  @Value("${candour.disclosure.chunk-size:1MB}") DataSize chunkSize) {
        return new FootageStorage(Path.of(directory), keys.aesKey(FOOTAGE_KEY_LABEL),
                Math.toIntExact(chunkSize.toBytes()));
    }

    @Bean
    FootageFileRecords footageFileRecords(JdbcTemplate jdbc) {
        return new FootageFileRecords(jdbc);
    }

    @Bean
    RedactionJobRecords redactionJobRecords(JdbcTemplate jdbc) {
        return new RedactionJobRecords(jdbc);
    }

    @Bean
    VideoProbe videoProbe() {
        return new VideoProbe();
    }
}
