package org.candour.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the chain head to the application log on a schedule ({@code candour.audit.head-log-cron}, hourly by
 * default). The log leaves the database (journald, a log shipper), so an earlier head stays on record where a
 * rewrite of the whole audit table cannot reach it; the verification API checks such a head as an anchor.
 */
@Component
class ChainHeadPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(ChainHeadPublisher.class);

    private final ChainHeadRepository heads;

    ChainHeadPublisher(ChainHeadRepository heads) {
        this.heads = heads;
    }

    @Scheduled(cron = "${candour.audit.head-log-cron:0 0 * * * *}", zone = "Europe/London")
    @Transactional(readOnly = true)
    public void publish() {
        var head = heads.read();
        LOG.info("Audit chain head: sequence {} hash {}", head.lastSequence(), head.lastHash());
    }
}
