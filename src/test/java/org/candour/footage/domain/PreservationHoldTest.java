package org.candour.footage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A hold keeps a recording beyond the 31-day rule for a named request or complaint until it is released once. */
class PreservationHoldTest {

    private static final Instant PLACED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant RELEASED = Instant.parse("2026-04-02T10:00:00Z");

    @Test
    void aHoldRecordsWhoPlacedItWhyAndForWhat() {
        var hold = new PreservationHold("REC-1", "casey", "Subject access request", "BWV-2026-000001", null, PLACED);

        assertThat(hold.recordingId()).isEqualTo("REC-1");
        assertThat(hold.placedBy()).isEqualTo("casey");
        assertThat(hold.reason()).isEqualTo("Subject access request");
        assertThat(hold.requestReference()).isEqualTo("BWV-2026-000001");
        assertThat(hold.complaintReference()).isNull();
        assertThat(hold.placedAt()).isEqualTo(PLACED);
        assertThat(hold.isActive()).isTrue();
        assertThat(hold.releasedAt()).isNull();
    }

    @Test
    void aComplaintAloneIsEnoughAndNamingNeitherIsRefused() {
        var hold = new PreservationHold("REC-1", "iopc", "Complaint", null, "IOPC-2026-0042", PLACED);
        assertThat(hold.complaintReference()).isEqualTo("IOPC-2026-0042");

        assertThatThrownBy(() -> new PreservationHold("REC-1", "casey", "No reason", null, null, PLACED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request or complaint");
    }

    @Test
    void aReleasedHoldIsNoLongerActiveAndCannotBeReleasedAgain() {
        var hold = new PreservationHold("REC-1", "casey", "Subject access request", "BWV-2026-000001", null, PLACED);

        hold.release("sam", "Request closed", RELEASED);

        assertThat(hold.isActive()).isFalse();
        assertThat(hold.releasedAt()).isEqualTo(RELEASED);
        assertThat(hold.releasedBy()).isEqualTo("sam");
        assertThat(hold.releaseReason()).isEqualTo("Request closed");
        assertThatThrownBy(() -> hold.release("sam", "Again", RELEASED)).isInstanceOf(IllegalStateException.class);
        assertThat(hold.releasedBy()).isEqualTo("sam");
    }
}
