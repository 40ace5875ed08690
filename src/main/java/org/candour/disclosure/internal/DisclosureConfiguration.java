package org.candour.disclosure.internal;

import java.nio.file.Path;
import org.candour.shared.crypto.DerivedKeys;
import org.candour.shared.crypto.KeyRotationStep;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Wires footage storage: the directory ({@code candour.disclosure.storage-dir}), the chunk size, and the footage
 * keys, derived from the portal's data keys with their own label so that they never equal the personal-data keys.
 */
@Configuration(proxyBeanMethods = false)
class DisclosureConfiguration {

    @Bean
    FootageStorage footageStorage(DerivedKeys keys,
                                  @Value("${candour.disclosure.storage-dir:./data/footage}") String directory,
                                  @Value("${candour.disclosure.chunk-size:1MB}") DataSize chunkSize) {
        return FootageStorage.of(Path.of(directory), keys,
                Math.toIntExact(chunkSize.toBytes()));
    }

    @Bean
    KeyRotationStep footageKeyRotation(FootageFileRecords records, FootageStorage storage) {
        return new FootageKeyRotation(records, storage);
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
