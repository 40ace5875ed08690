package org.candour.footage.internal;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the catalogue's JDBC parts and turns on the scheduled retention sweep. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FootageConfiguration {

    @Bean
    CatalogueDialect catalogueDialect(DataSource dataSource) {
        return CatalogueDialect.of(dataSource);
    }

    @Bean
    RecordingImporter recordingImporter(JdbcTemplate jdbc, CatalogueDialect dialect,
                                        PlatformTransactionManager transactionManager, Clock clock,
                                        @Value("${candour.footage.import.batch-size:5000}") int batchSize,
                                        @Value("${candour.footage.import.writers:2}") int writers) {
        return new RecordingImporter(RecordingBatchWriter.of(jdbc, dialect),
                new TransactionTemplate(transactionManager),
                new RecordingRowParser(clock), batchSize, RecordingBatchWriter.writersFor(dialect, writers));
    }

    @Bean
    RetentionSweeper retentionSweeper(JdbcTemplate jdbc) {
        return new RetentionSweeper(jdbc);
    }

    @Bean
    OfficerKeys officerKeys(@Value("${candour.footage.officer-key.secret:}") String secret) {
        return new OfficerKeys(secret);
    }

    @Bean
    RecordingStore recordingStore(JdbcTemplate jdbc) {
        return new RecordingStore(jdbc);
    }
}
