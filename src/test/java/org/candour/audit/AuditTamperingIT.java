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
        var forged = new EntryContent("caseworker", "VIEWED_REQUESTER_DETAILS", "BWV-2026-000003",
                jdbc.queryForObject("select occurred_at from audit_entry where sequence_number = 3",
                        Instant.class), "forged");
        jdbc.update("update audit_entry set details = 'forged', entry_hash = ? where sequence_number = 3",
                ChainHash.of(3, hashOf(2), forged));

        var broken = assertBrokenAt(4, Problem.PREVIOUS_HASH_MISMATCH, 4);
        assertThat(broken.description()).contains("does not link to entry 3");
    }

    @Test
    void aRewrittenEndOfTheLogDisagreesWithTheChainHead() {
        var forged = new EntryContent("caseworker", "VIEWED_REQUESTER_DETAILS", "BWV-2026-000006",
                jdbc.queryForObject("select occurred_at from audit_entry where sequence_number = 6",
                        Instant.class), "forged");
        jdbc.update("update audit_entry set details = 'forged', entry_hash = ? where sequence_number = 6",
                ChainHash.of(6, hashOf(5), forged));

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

    private String hashOf(long sequence) {
        return jdbc.queryForObject("select entry_hash from audit_entry where sequence_number = ?", String.class,
                sequence);
    }
}
