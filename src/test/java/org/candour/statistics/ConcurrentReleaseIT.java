package org.candour.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.candour.statistics.internal.ReleaseStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two portal nodes publishing a release at the same moment (on H2, and on PostgreSQL in its pass): the other node
 * is a connection of the test's own that has inserted the next version and not yet committed.
 */
@SpringBootTest
class ConcurrentReleaseIT {

    @Autowired
    StatisticsReleases releases;
    @Autowired
    ReleaseStore store;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aVersionAnotherNodeTakesAtTheSameMomentMovesThisReleaseToTheNext() throws Exception {
        int earlier = releases.publish("The release before.", ReleaseSummary.Trigger.ADMINISTRATOR).version();
        CompletableFuture<ReleaseSummary> publishing;
        try (Connection otherNode = dataSource.getConnection()) {
            otherNode.setAutoCommit(false);
            try (var insert = otherNode.prepareStatement("insert into statistics_release (version, period_from, "
                    + "period_to, published_at, note, triggered_by, content) select version + 1, period_from, "
                    + "period_to, published_at, 'Published by the other node.', triggered_by, content "
                    + "from statistics_release where version = ?")) {
                insert.setInt(1, earlier);
                insert.executeUpdate();
            }
            // This node cannot see the other's version yet, takes the same one, and waits on it.
            publishing = CompletableFuture.supplyAsync(() -> releases.publish("Published by this node.",
                    ReleaseSummary.Trigger.ADMINISTRATOR));
            await().atMost(Duration.ofSeconds(30)).until(this::aSessionWaitsOnAnother);
            otherNode.commit();
        }

        var published = publishing.get();

        assertThat(published.version()).isEqualTo(earlier + 2);
        assertThat(store.summaries()).extracting(ReleaseSummary::version, ReleaseSummary::note)
                .contains(tuple(earlier + 1, "Published by the other node."),
                        tuple(earlier + 2, "Published by this node."));
        assertThat(releases.version(earlier + 2)).get().extracting(Release::summary).isEqualTo(published);
    }

    private boolean aSessionWaitsOnAnother() throws SQLException {
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName();
        }
        String waiting = database.equals("PostgreSQL") ? "select count(*) from pg_locks where not granted"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        return jdbc.queryForObject(waiting, Long.class) > 0;
    }
}
