package org.candour.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.candour.audit.ChainBreak.Problem;
import org.candour.audit.internal.ChainHash;
import org.candour.audit.internal.EntryContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone with database access changes the log behind the application's back; verification notices and names the
 * first broken link. A database of its own, since these tests break the chain on purpose.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:audit-tampering;DB_CLOSE_DELAY=-1")
class AuditTamperingIT {

    private static final int ENTRIES = 6;

    @Autowired
    AuditLog log;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aFreshLogOfSixEntries() {
        jdbc.update("delete from audit_entry");
        jdbc.update("update audit_chain_head set last_sequence = 0, last_hash = ?", ChainHash.GENESIS);
        for (int i = 1; i <= ENTRIES; i++) {
            log.record("caseworker", "VIEWED_REQUESTER_DETAILS", "BWV-2026-00000" + i, "entry " + i);
        }
        assertThat(log.verify()).isEqualTo(ChainVerification.intact(ENTRIES));
    }

    @Test
    void changedDetailsBreakTheChainAtThatEntry() {
        jdbc.update("update audit_entry set details = 'nothing to see' where sequence_number = 3");

        assertBrokenAt(3, Problem.CONTENT_CHANGED, 3);
    }

    @Test
    void aChangedActorOrInstantIsNoticedToo() {
        jdbc.update("update audit_entry set actor = 'someone-else' where sequence_number = 5");
        jdbc.update("update audit_entry set occurred_at = occurred_at + interval '1' second where sequence_number = 4");

        assertBrokenAt(4, Problem.CONTENT_CHANGED, 4);
    }

    @Test
    void aDeletedEntryIsAGapAtItsSequenceNumber() {
        jdbc.update("delete from audit_entry where sequence_number in (2, 3)");

        var broken = assertBrokenAt(2, Problem.GAP_IN_SEQUENCE, 1);
        assertThat(broken.description()).isEqualTo("Entries 2 to 3 are missing: the entry after 1 is 4.");
    }

    @Test
    void entriesCutOffTheEndAreNoticedThroughTheChainHead() {
        jdbc.update("delete from audit_entry where sequence_number = 6");

        var broken = assertBrokenAt(6, Problem.GAP_IN_SEQUENCE, 5);
        assertThat(broken.description()).contains("Entry 6 is missing from the end of the log");
    }

    @Test
    void swappedHashesAreNoticedAtTheFirstOfTheTwo() {
        String second = hashOf(2);
        String third = hashOf(3);
        jdbc.update("update audit_entry set entry_hash = 'swapping' where sequence_number = 2");
        jdbc.update("update audit_entry set entry_hash = ? where sequence_number = 3", second);
        jdbc.update("update audit_entry set entry_hash = ? where sequence_number = 2", third);

        assertBrokenAt(2, Problem.CONTENT_CHANGED, 2);
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheLinkFromTheNextEntry() {
        forge(3);

        var broken = assertBrokenAt(4, Problem.PREVIOUS_HASH_MISMATCH, 4);
        assertThat(broken.description()).contains("does not link to entry 3");
    }

    @Test
    void aRewrittenEndOfTheLogDisagreesWithTheChainHead() {
        forge(6);

        assertBrokenAt(6, Problem.HEAD_MISMATCH, 6);
    }

    @Test
    void theChainIsCheckedAcrossPagesAndKeepsGrowingAfterACheck() {
        for (int i = 0; i < 1200; i++) {
            log.record("system", "BULK", "BULK-" + i, "");
        }
        assertThat(log.verify()).isEqualTo(ChainVerification.intact(ENTRIES + 1200));

        jdbc.update("update audit_entry set action = 'CHANGED' where sequence_number = 1100");

        assertBrokenAt(1100, Problem.CONTENT_CHANGED, 1100);
    }

    @Test
    void aWholeRewriteFromAnEntryToTheHeadPassesTheWalkButNotAnAnchorPublishedBefore() {
        var published = log.head();
        var older = new ChainAnchor(3, hashOf(3));

        for (long sequence = 3; sequence <= ENTRIES; sequence++) {
            jdbc.update("update audit_entry set previous_hash = ? where sequence_number = ?", hashOf(sequence - 1),
                    sequence);
            forge(sequence);
        }
        jdbc.update("update audit_chain_head set last_hash = ?", hashOf(ENTRIES));

        assertThat(log.verify().isIntact()).isTrue();
        assertThat(log.holds(published)).isFalse();
        assertThat(log.holds(older)).isFalse();
        assertThat(log.holds(new ChainAnchor(2, hashOf(2)))).isTrue();
        assertThat(log.holds(new ChainAnchor(ENTRIES + 1, hashOf(2)))).isFalse();
        assertThat(log.head()).isEqualTo(new ChainAnchor(ENTRIES, hashOf(ENTRIES)));
    }

    private ChainBreak assertBrokenAt(long sequence, Problem problem, long entriesChecked) {
        var verification = log.verify();
        assertThat(verification.isIntact()).isFalse();
        assertThat(verification.entriesChecked()).isEqualTo(entriesChecked);
        var broken = verification.firstBreak();
        assertThat(broken).isNotNull();
        assertThat(broken.sequence()).isEqualTo(sequence);
        assertThat(broken.problem()).isEqualTo(problem);
        return broken;
    }

    /** Rewrites an entry's details with a hash that fits them, as a forger who knows the encoding would. */
    private void forge(long sequence) {
        var forged = new EntryContent("caseworker", "VIEWED_REQUESTER_DETAILS",
                column("subject", sequence, String.class), column("occurred_at", sequence, Instant.class), "forged");
        jdbc.update("update audit_entry set details = 'forged', entry_hash = ? where sequence_number = ?",
                ChainHash.of(sequence, hashOf(sequence - 1), forged), sequence);
    }

    private String hashOf(long sequence) {
        return column("entry_hash", sequence, String.class);
    }

    private <T> T column(String column, long sequence, Class<T> type) {
        return jdbc.queryForObject("select " + column + " from audit_entry where sequence_number = ?", type, sequence);
    }
}
