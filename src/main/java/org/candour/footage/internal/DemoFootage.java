package org.candour.footage.internal;

import java.time.Clock;
import org.candour.footage.FootageRetention;
import org.candour.footage.domain.RetentionRule;
import org.candour.shared.LondonTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty catalogue for the local demo (profile {@code demo}) with generated recordings up to now, sized by
 * {@code candour.demo.footage.recordings}, then replays the daily sweeps those days would have had, so deletions
 * appear in the months they happened.
 */
@Component
@Profile("demo")
class DemoFootage implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFootage.class);

    private final RecordingImporter importer;
    private final RecordingStore store;
    private final RetentionSweeper sweeper;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long recordings;
    private final long seed;

    DemoFootage(RecordingImporter importer, RecordingStore store, RetentionSweeper sweeper,
                PlatformTransactionManager transactionManager, Clock clock,
                @Value("${candour.demo.footage.recordings:50000}") long recordings,
                @Value("${candour.demo.footage.seed:2014}") long seed) {
        this.importer = importer;
        this.store = store;
        this.sweeper = sweeper;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.recordings = recordings;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (recordings <= 0 || !store.isEmpty()) {
            return;
        }
        var generator = new DemoFootageGenerator(seed, recordings, clock.instant());
        importer.registerCameras(generator.cameras());
        var report = importer.run(generator.recordings());
        var today = LondonTime.today(clock);
        int swept = 0;
        for (var day = FootageRetention.deletionDate(generator.from()); !day.isAfter(today); day = day.plusDays(1)) {
            var sweepDay = day;
            swept += transaction.execute(status -> sweeper.sweep(sweepDay));
        }
        log.info("Demo footage catalogue: {} cameras, {} recordings over {} days, {} deleted at source",
                DemoFootageGenerator.CAMERAS, report.accepted(), generator.span().toDays(), swept);
    }
}
