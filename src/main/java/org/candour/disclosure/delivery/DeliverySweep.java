package org.candour.disclosure.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.candour.disclosure.DeliveryAudited;
import org.candour.disclosure.FootageExpiryNear;
import org.candour.disclosure.ReleasedCopy;
import org.candour.disclosure.internal.FootageStorage;
import org.candour.requests.RequestSnapshots;
import org.candour.shared.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery sweep, on the injected clock: warns requesters of copies that run out within the warning days
 * ({@link FootageExpiryNear}, once per copy), and erases copies whose time is over: the file is deleted from the
 * store, then the copy is marked erased and the erasure audited, each copy in a transaction of its own. A copy
 * whose file could not be deleted stays due and is tried again on the next run; deleting twice is harmless.
 */
@Component
public class DeliverySweep {

    private static final Logger log = LoggerFactory.getLogger(DeliverySweep.class);

    private final Releases releases;
    private final DeliveryPasses passes;
    private final FileErasures erasures;
    private final FootageStorage storage;
    private final RequestSnapshots requests;
    private final DeliverySettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeliverySweep(Releases releases, DeliveryPasses passes, FileErasures erasures, FootageStorage storage,
                  RequestSnapshots requests, DeliverySettings settings, AuditTrail audit,
                  ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
        this.releases = releases;
        this.passes = passes;
        this.erasures = erasures;
        this.storage = storage;
        this.requests = requests;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public record Result(int warned, int erased, int failed) {
    }

    public Result run() {
        var now = clock.instant();
        int warned = 0;
        for (var copy : releases.dueForWarning(now, settings.window().warnUntil(now))) {
            if (Boolean.TRUE.equals(transactions.execute(status -> warn(copy)))) {
                warned++;
            }
        }
        int erased = 0;
        int failed = 0;
        for (var copy : releases.dueForErasure(now)) {
            try {
                erase(copy);
                erased++;
            } catch (RuntimeException e) {
                failed++;
                log.warn("Could not erase released copy {} of {}: {}", copy.id(), copy.reference(), e.toString());
            }
        }
        transactions.executeWithoutResult(status -> passes.deleteExpired(now));
        return new Result(warned, erased, failed);
    }

    private boolean warn(ReleasedCopy copy) {
        if (!releases.markWarned(copy.id(), clock.instant())) {
            return false;
        }
        requests.idOf(copy.reference()).ifPresent(requestId -> events.publishEvent(
                new FootageExpiryNear(requestId, copy.reference(), copy.id(), copy.lastDay())));
        return true;
    }

    private void erase(ReleasedCopy copy) {
        try {
            storage.delete(copy.footageFileId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transactions.executeWithoutResult(status -> {
            var at = clock.instant();
            erasures.record(copy.footageFileId(), at, "Disclosure copy expired");
            if (releases.markErased(copy.id(), at)) {
                audit.record(new DeliveryAudited(DeliveryAudited.SYSTEM, DeliveryAudited.COPY_ERASED,
                        copy.reference(), at, "Copy " + copy.footageFileId() + " (SHA-256 " + copy.sha256()
                                + ") deleted from the store: its days ended on " + copy.lastDay()));
            }
        });
    }
}
