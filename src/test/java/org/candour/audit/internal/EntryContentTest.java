package org.candour.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EntryContentTest {

    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void theInstantIsCutToMicrosecondsAsTheDatabaseStoresIt() {
        var content = new EntryContent("admin", "VERIFIED", "BWV-2026-000001", AT.plusNanos(123_456_789), "");

        assertThat(content.at()).isEqualTo(AT.plusNanos(123_456_000));
    }

    @Test
    void actorActionAndSubjectAreRequiredButDetailsMayBeEmpty() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EntryContent(" ", "A", "S", AT, ""))
                .withMessageContaining("actor");
        assertThatIllegalArgumentException().isThrownBy(() -> new EntryContent("a", "", "S", AT, ""))
                .withMessageContaining("action");
        assertThatIllegalArgumentException().isThrownBy(() -> new EntryContent("a", "A", "", AT, ""))
                .withMessageContaining("subject");
        assertThat(new EntryContent("a", "A", "S", AT, "").details()).isEmpty();
    }

    @Test
    void textsLongerThanTheirColumnsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EntryContent("a".repeat(65), "A", "S", AT, ""));
        assertThatIllegalArgumentException().isThrownBy(() -> new EntryContent("a", "A", "S".repeat(101), AT, ""));
        assertThatIllegalArgumentException().isThrownBy(() -> new EntryContent("a", "A", "S", AT, "d".repeat(2001)));
        assertThat(new EntryContent("a".repeat(64), "A".repeat(64), "S".repeat(100), AT, "d".repeat(2000)))
                .isNotNull();
    }

    @Test
    void controlCharactersAndBrokenUnicodeAreRefusedSoEveryTextEncodesOneWay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EntryContent("a", "A", "S", AT, "line\nbreak"));
        assertThatIllegalArgumentException().isThrownBy(() -> new EntryContent("a\u0000", "A", "S", AT, ""));
        assertThatIllegalArgumentException().isThrownBy(() -> new EntryContent("a", "A", "S\uD800", AT, ""));
        assertThat(new EntryContent("zoë", "A", "S", AT, "café \uD83D\uDE00").details()).endsWith("\uD83D\uDE00");
    }
}
