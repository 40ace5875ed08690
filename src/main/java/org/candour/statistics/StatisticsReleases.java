package org.candour.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.candour.footage.FootageFigures;
import org.candour.requests.RequestFigures;
import org.candour.shared.LondonTime;
import org.candour.statistics.domain.ReleaseBuilder;
import org.candour.statistics.internal.ReleaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics releases: published from the footage catalogue and the requests (by the schedule, by an administrator,
 * or at the demo's start-up), frozen, and read by the public pages and the open-data API. Nothing here answers
 * from live rows: readers only ever get a release. Releases never change, so they are kept in memory once read.
 */
@Service
public class StatisticsReleases {

    private static final Logger log = LoggerFactory.getLogger(StatisticsReleases.class);

    /** How many versions a publication tries when other nodes keep taking them. */
    private static final int VERSION_ATTEMPTS = 5;

    private final ReleaseStore store;
    private final FootageFigures footage;
    private final RequestFigures requests;
    private final Clock clock;
    private final int months;
    private final Map<Integer, Release> frozen = new ConcurrentHashMap<>();

    StatisticsReleases(ReleaseStore store, FootageFigures footage, RequestFigures requests, Clock clock,
                       @Value("${candour.statistics.months:36}") int months) {
        this.store = store;
        this.footage = footage;
        this.requests = requests;
        this.clock = clock;
        this.months = months;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<ReleaseSummary> list() {
        return store.summaries();
    }

    @Transactional(readOnly = true)
    public Optional<Release> latest() {
        int next = store.nextVersion();
        return next == 1 ? Optional.empty() : version(next - 1);
    }

    @Transactional(readOnly = true)
    public Optional<Release> version(int version) {
        Release release = frozen.get(version);
        if (release != null) {
            return Optional.of(release);
        }
        Optional<Release> loaded = store.load(version);
        loaded.ifPresent(r -> frozen.put(version, r));
        return loaded;
    }

    /** The first day a release published on {@code to} covers, the first of the month {@code months} months back. */
    public static LocalDate periodStart(LocalDate to, int months) {
        return YearMonth.from(to).minusMonths(months - 1L).atDay(1);
    }

    /**
     * Computes a release over the last {@code candour.statistics.months} months up to today (London), applies
     * disclosure control to it as a whole and freezes it as the next version. A correction is simply a new release
     * whose note says what it corrects.
     *
     * <p>Not one transaction: the release is one inserted row, and when another portal node takes the same version
     * at the same moment the insert must be able to fail and be tried again as the next version (a failed statement
     * would end a PostgreSQL transaction). Both publications then stand, one after the other, as they would a
     * second apart.
     */
    public synchronized ReleaseSummary publish(String note, ReleaseSummary.Trigger trigger) {
        if (note.isBlank()) {
            throw new IllegalArgumentException("A release needs a note saying why it is published");
        }
        LocalDate to = LondonTime.today(clock);
        LocalDate from = periodStart(to, months);
        var rows = new ReleaseBuilder(from, to).footage(footage.byBoroughAndMonth(from, to))
                .requests(requests.receivedBetween(ReleaseBuilder.requestsFrom(from), to)).build();
        Instant publishedAt = clock.instant();
        Release release;
        int attempts = 0;
        do {
            if (++attempts > VERSION_ATTEMPTS) {
                throw new IllegalStateException("Other nodes took " + VERSION_ATTEMPTS + " versions in a row");
            }
            release = new Release(new ReleaseSummary(store.nextVersion(), from, to, publishedAt, note.strip(),
                    trigger), rows);
        } while (!store.insertIfVersionFree(release));
        var summary = release.summary();
        frozen.put(summary.version(), release);
        log.info("Statistics release {} published ({} to {}, {} rows): {}", summary.version(), from, to, rows.size(),
                summary.note());
        return summary;
    }
}
