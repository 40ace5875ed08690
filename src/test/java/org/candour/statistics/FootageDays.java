package org.candour.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.candour.footage.RecordingCategory;
import org.candour.footage.domain.Recording;
import org.candour.footage.internal.CatalogueDialect;
import org.candour.footage.internal.RecordingWriter;
import org.candour.footage.internal.RetentionSweeper;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.shared.LondonTime;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A day of the catalogue's life for the statistics benchmark: that day's recordings written through the importer's
 * writer in batches of 5,000, one transaction each, then that day's retention sweep.
 */
final class FootageDays {

    private static final List<String> BOROUGHS = Boroughs.policedByTheMet().stream().map(Borough::gssCode).toList();

    private final RecordingWriter writer;
    private final RetentionSweeper sweeper;
    private final TransactionTemplate transaction;
    private final long perDay;
    private final Random random = new Random(11);

    FootageDays(ConfigurableApplicationContext context, long perDay) {
        var dataSource = context.getBean(DataSource.class);
        writer = new RecordingWriter(context.getBean(JdbcTemplate.class), CatalogueDialect.of(dataSource));
        sweeper = context.getBean(RetentionSweeper.class);
        transaction = context.getBean(TransactionTemplate.class);
        this.perDay = perDay;
    }

    void importAndSweep(LocalDate day) {
        var batch = new ArrayList<Recording>();
        var midnight = day.atStartOfDay(LondonTime.ZONE).toInstant();
        for (long i = 0; i < perDay; i++) {
            var start = midnight.plusSeconds(random.nextInt(86_000));
            batch.add(new Recording("D" + day + "-" + i, "CAM-" + random.nextInt(20_000),
                    BOROUGHS.get(random.nextInt(BOROUGHS.size())), start,
                    start.plusSeconds(120 + random.nextInt(1_800)), RecordingCategory.values()[random.nextInt(3)],
                    random.nextInt(13) == 0, "k"));
            if (batch.size() == 5_000 || i == perDay - 1) {
                transaction.executeWithoutResult(status -> writer.write(batch));
                batch.clear();
            }
        }
        int swept = transaction.execute(status -> sweeper.sweep(day));
        System.out.printf("%s: %d recordings imported, %d swept%n", day, perDay, swept);
    }
}
