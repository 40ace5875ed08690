package org.candour.footage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.candour.footage.RecordingCategory;
import org.candour.footage.domain.Recording;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Two writers on a real (in-memory H2) database: batches overlap, commits keep the order they were handed in. */
class InOrderWritersTest {

    private final DriverManagerDataSource dataSource =
            new DriverManagerDataSource("jdbc:h2:mem:in-order-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final TransactionTemplate transaction =
            new TransactionTemplate(new DataSourceTransactionManager(dataSource));

    InOrderWritersTest() {
        jdbc.execute("create table written (id varchar(64) primary key)");
    }

    /** Inserts each recording's id; what happens before and after is up to the test. */
    private class TestWriter implements RecordingBatchWriter {

        @Override
        public Outcome write(List<Recording> batch, EarlierBatches earlier) {
            batch.forEach(recording -> jdbc.update("insert into written (id) values (?)", recording.id()));
            whenWritten(batch.getFirst().id());
            earlier.awaitCommitted();
            return new Outcome(batch.size(), 0, 0);
        }

        void whenWritten(String firstId) {
        }

        @Override
        public void registerCameras(Map<String, String> boroughByCamera) {
        }
    }

    @Test
    void aBatchWrittenBeforeTheOneBeforeItCommitsOnlyAfterIt() throws InterruptedException {
        var firstMayFinish = new CountDownLatch(1);
        var secondWritten = new CountDownLatch(1);
        var writer = new TestWriter() {
            @Override
            void whenWritten(String firstId) {
                if (firstId.equals("a1")) {
                    await(firstMayFinish);
                } else {
                    secondWritten.countDown();
                }
            }
        };
        try (var writers = new InOrderWriters(writer, transaction, 2)) {
            try {
                assertThat(writers.write(batch(1, "a1", "a2"))).isEmpty();
                assertThat(writers.write(batch(3, "b1", "b2"))).isEmpty();
                secondWritten.await();

                assertThat(committedIds()).as("the second batch is written but waits for the first").isEmpty();
            } finally {
                firstMayFinish.countDown();   // also when an assertion fails, or closing would wait for ever
            }
            var results = writers.finish();

            assertThat(results).extracting(result -> result.batch().firstLine()).containsExactly(1L, 3L);
            assertThat(results).allSatisfy(result -> assertThat(result.failure()).isNull());
            assertThat(committedIds()).containsExactly("a1", "a2", "b1", "b2");
        }
    }

    @Test
    void whenABatchFailsTheBatchesAfterItRollBack() {
        var writer = new TestWriter() {
            @Override
            void whenWritten(String firstId) {
                if (firstId.equals("b1")) {
                    throw new IllegalStateException("refused");
                }
            }
        };
        var results = new ArrayList<InOrderWriters.Result>();
        try (var writers = new InOrderWriters(writer, transaction, 2)) {
            results.addAll(writers.write(batch(1, "a1")));
            results.addAll(writers.write(batch(2, "b1")));
            results.addAll(writers.write(batch(3, "c1")));
            results.addAll(writers.write(batch(4, "d1")));
            results.addAll(writers.finish());
        }

        assertThat(results).extracting(result -> result.failure() == null).containsExactly(true, false, false, false);
        assertThat(results.get(1).failure()).hasMessage("refused");
        assertThat(committedIds()).containsExactly("a1");
    }

    @Test
    void aBatchSharingAnIdWithABatchInFlightWaitsForItBeforeItIsWritten() throws InterruptedException {
        var firstMayFinish = new CountDownLatch(1);
        var secondStarted = new AtomicBoolean();
        var writer = new TestWriter() {
            @Override
            public Outcome write(List<Recording> batch, EarlierBatches earlier) {
                if (batch.getFirst().id().equals("b1")) {
                    secondStarted.set(true);
                    // The recording a1 again: an update in a real writer, which would wait on the first batch's row.
                    batch = batch.stream().filter(recording -> !recording.id().equals("a1")).toList();
                }
                return super.write(batch, earlier);
            }

            @Override
            void whenWritten(String firstId) {
                if (firstId.equals("a1")) {
                    await(firstMayFinish);
                }
            }
        };
        try (var writers = new InOrderWriters(writer, transaction, 2)) {
            writers.write(batch(1, "a1"));
            var handingIn = Thread.ofPlatform().start(() -> writers.write(batch(2, "b1", "a1")));
            while (handingIn.getState() != Thread.State.WAITING && handingIn.getState() != Thread.State.TERMINATED) {
                Thread.onSpinWait();
            }

            try {
                assertThat(handingIn.getState()).as("handing the second batch in waits")
                        .isEqualTo(Thread.State.WAITING);
                assertThat(secondStarted).isFalse();
            } finally {
                firstMayFinish.countDown();
            }
            handingIn.join();
            writers.finish();
        }
        assertThat(secondStarted).isTrue();
        assertThat(committedIds()).containsExactly("a1", "b1");
    }

    @Test
    void withOneWriterEachBatchIsWrittenWhenItIsHandedIn() {
        try (var writers = new InOrderWriters(new TestWriter(), transaction, 1)) {
            var results = writers.write(batch(1, "a1"));

            assertThat(results).singleElement().satisfies(result -> assertThat(result.outcome()).isNotNull());
            assertThat(committedIds()).containsExactly("a1");
        }
    }

    private List<String> committedIds() {
        return jdbc.queryForList("select id from written order by id", String.class);
    }

    private static InOrderWriters.Batch batch(long firstLine, String... ids) {
        List<Recording> rows = Arrays.stream(ids).map(InOrderWritersTest::recording).toList();
        return new InOrderWriters.Batch(rows, Set.of(ids), firstLine, firstLine + ids.length - 1);
    }

    private static Recording recording(String id) {
        Instant start = Instant.parse("2026-11-20T21:00:00Z");
        return new Recording(id, "CAM-1", "E09000022", start, start.plusSeconds(600), RecordingCategory.OTHER, false,
                "ab".repeat(8));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
