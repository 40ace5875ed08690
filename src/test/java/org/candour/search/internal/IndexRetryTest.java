package org.candour.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.modulith.events.EventPublication;

class IndexRetryTest {

    private static final Instant PUBLISHED = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final Duration IN_FLIGHT = Duration.ofMinutes(1);

    @ParameterizedTest
    @CsvSource({"0, PT2S", "1, PT2S", "2, PT2S", "3, PT4S", "4, PT8S", "8, PT2M8S", "9, PT4M16S", "10, PT5M",
            "40, PT5M"})
    void backsOffExponentiallyUpToTheLimit(int attempts, Duration expected) {
        assertThat(IndexRetry.backoff(attempts, Duration.ofMinutes(5))).isEqualTo(expected);
    }

    @Test
    void aFailedAttemptIsRetriedAfterItsBackoff() {
        var failed = new Publication(EventPublication.Status.FAILED, 3, PUBLISHED);

        assertThat(IndexRetry.isDue(failed, PUBLISHED.plusSeconds(3), MAX_BACKOFF, IN_FLIGHT)).isFalse();
        assertThat(IndexRetry.isDue(failed, PUBLISHED.plusSeconds(4), MAX_BACKOFF, IN_FLIGHT)).isTrue();
    }

    @Test
    void anAttemptUnderWayIsLeftAloneUntilItCanOnlyBeTheLeftoverOfADeadNode() {
        for (var status : new EventPublication.Status[] {EventPublication.Status.PUBLISHED,
                EventPublication.Status.PROCESSING, EventPublication.Status.RESUBMITTED}) {
            var underWay = new Publication(status, 1, PUBLISHED);

            assertThat(IndexRetry.isDue(underWay, PUBLISHED.plusSeconds(59), MAX_BACKOFF, IN_FLIGHT)).as("%s", status)
                    .isFalse();
            assertThat(IndexRetry.isDue(underWay, PUBLISHED.plusSeconds(60), MAX_BACKOFF, IN_FLIGHT)).as("%s", status)
                    .isTrue();
        }
    }

    private record Publication(EventPublication.Status status, int attempts, @Nullable Instant lastResubmission)
            implements EventPublication {

        @Override
        public UUID getIdentifier() {
            return UUID.nameUUIDFromBytes(new byte[] {1});
        }

        @Override
        public Object getEvent() {
            return "event";
        }

        @Override
        public Instant getPublicationDate() {
            return PUBLISHED.minusSeconds(30);
        }

        @Override
        public Optional<Instant> getCompletionDate() {
            return Optional.empty();
        }

        @Override
        public Status getStatus() {
            return status;
        }

        @Override
        public @Nullable Instant getLastResubmissionDate() {
            return lastResubmission;
        }

        @Override
        public int getCompletionAttempts() {
            return attempts;
        }
    }
}
