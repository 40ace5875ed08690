package org.candour.shared.crypto;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.candour.shared.audit.AuditTrail;
import org.candour.shared.audit.Audited;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation: adds a new current key (unless a rotation stopped midway is still to finish), re-encrypts every
 * sealed column and every footage file under it, and writes one audit entry with the counts. Idempotent: what is
 * under the current key already is left alone, so running it again after a crash finishes the work.
 */
@Service
public class KeyRotation {

    private final KeyRing keys;
    private final List<KeyRotationStep> steps = new ArrayList<>();
    private final AuditTrail audit;
    private final Clock clock;

    KeyRotation(KeyRing keys, FieldCipher cipher, ObjectProvider<SealedColumns> columns,
                ObjectProvider<KeyRotationStep> otherSteps, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                AuditTrail audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
        var transactions = new TransactionTemplate(transactionManager);
        columns.orderedStream().forEach(c -> steps.add(new SealedColumnsRotation(c, cipher, jdbc, transactions)));
        otherSteps.orderedStream().forEach(steps::add);
    }

    /** What a rotation did: the key everything is now under, the key it added (if any), counts, and what is left. */
    public record Report(String currentKey, @Nullable String addedKey, Map<String, Long> reencrypted, long left) {

        public long total() {
            return reencrypted.values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public String toString() {
            return "current key " + currentKey + (addedKey == null ? " (no key added: finishing the rotation to it)"
                    : " (added)") + "; re-encrypted " + reencrypted.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
                    + "; still under an older key: " + left;
        }
    }

    public Report rotate(int batchSize) {
        String added = null;
        if (pending() == 0) {
            if (!keys.canAddKeys()) {
                throw new IllegalStateException("Everything is under the current key " + keys.currentId() + " and the "
                        + "keys come from the environment: add the next key to CANDOUR_CRYPTO_KEYS, restart, rotate");
            }
            added = keys.addKey();
        }
        var counts = new LinkedHashMap<String, Long>();
        for (KeyRotationStep step : steps) {
            counts.merge(step.what(), step.rotate(batchSize), Long::sum);
        }
        var report = new Report(keys.currentId(), added, counts, pending());
        audit.record(new KeysRotated(clock.instant(), report.toString()));
        return report;
    }

    /** Values and files not yet under the current key. */
    public long pending() {
        return steps.stream().mapToLong(KeyRotationStep::pending).sum();
    }

    record KeysRotated(Instant at, String details) implements Audited {

        @Override
        public String actor() {
            return "system";
        }

        @Override
        public String action() {
            return "KEYS_ROTATED";
        }

        @Override
        public String subject() {
            return "data keys";
        }
    }
}
