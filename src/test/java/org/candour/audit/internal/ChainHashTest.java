package org.candour.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.candour.shared.audit.Audited;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    private static final Instant AT = Instant.parse("2026-11-26T10:00:00.123456Z");
    private static final EntryContent ENTRY = new EntryContent("caseworker", "VIEWED_REQUESTER_DETAILS",
            "BWV-2026-000123", AT, "to check the identity documents");

    /** Worked out separately from the documented encoding (a few lines of Python's struct and hashlib). */
    @Test
    void theHashOfAKnownEntryNeverChangesOrEveryExistingLogWouldFailItsCheck() {
        assertThat(ChainHash.of(1, ChainHash.GENESIS, ENTRY))
                .isEqualTo("5fffb7733f455bc2564e37f8c662f60fc23a233e3e5bc1749ee10af8d754db38");
    }

    @Test
    void theHashIsSixtyFourLowerCaseHexDigits() {
        assertThat(ChainHash.of(7, ChainHash.GENESIS, ENTRY)).matches("[0-9a-f]{64}");
    }

    @Test
    void movingTheBoundaryBetweenTwoFieldsGivesADifferentEncodingAndHash() {
        var pairs = List.of(
                List.of(content("ab", "c", "s", "d"), content("a", "bc", "s", "d")),
                List.of(content("a", "bc", "s", "d"), content("a", "b", "cs", "d")),
                List.of(content("a", "b", "sd", ""), content("a", "b", "s", "d")),
                // a text that looks like the length prefix of the next field does not help either
                List.of(content("a\u0000\u0000\u0000\u0001b", "c", "s", "d"), content("a", "b", "c", "d")));
        pairs.forEach(pair -> {
            assertThat(ChainHash.encode(1, ChainHash.GENESIS, pair.get(0)))
                    .isNotEqualTo(ChainHash.encode(1, ChainHash.GENESIS, pair.get(1)));
            assertThat(ChainHash.of(1, ChainHash.GENESIS, pair.get(0)))
                    .isNotEqualTo(ChainHash.of(1, ChainHash.GENESIS, pair.get(1)));
        });
    }

    @Test
    void theSequenceAndThePreviousHashAreBoundToTheEntry() {
        String hash = ChainHash.of(2, ChainHash.GENESIS, ENTRY);

        assertThat(ChainHash.of(3, ChainHash.GENESIS, ENTRY)).isNotEqualTo(hash);
        assertThat(ChainHash.of(2, "1".repeat(64), ENTRY)).isNotEqualTo(hash);
    }

    @Test
    void everyFieldOfTheEntryChangesTheHash() {
        String hash = ChainHash.of(1, ChainHash.GENESIS, ENTRY);

        Stream.of(
                new EntryContent("caseworkeR", ENTRY.action(), ENTRY.subject(), AT, ENTRY.details()),
                new EntryContent(ENTRY.actor(), "DISCLOSED", ENTRY.subject(), AT, ENTRY.details()),
                new EntryContent(ENTRY.actor(), ENTRY.action(), "BWV-2026-000124", AT, ENTRY.details()),
                new EntryContent(ENTRY.actor(), ENTRY.action(), ENTRY.subject(), AT.plusNanos(1000), ENTRY.details()),
                new EntryContent(ENTRY.actor(), ENTRY.action(), ENTRY.subject(), AT, ENTRY.details() + "."))
                .forEach(changed -> assertThat(ChainHash.of(1, ChainHash.GENESIS, changed)).isNotEqualTo(hash));
    }

    /** Fields as stored, without the checks of {@link EntryContent}: the encoding must be unambiguous by itself. */
    private record Fields(String actor, String action, String subject, Instant at, String details) implements Audited {
    }

    private static Audited content(String actor, String action, String subject, String details) {
        return new Fields(actor, action, subject, AT, details);
    }
}
