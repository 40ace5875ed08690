package org.candour.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the index template, the first index and its alias at start-up. If Elasticsearch is down the portal
 * starts anyway; the indexer creates them on its first successful attempt.
 */
@Component
class IndexInitializer {

    private static final Logger log = LoggerFactory.getLogger(IndexInitializer.class);

    private final RequestIndex index;

    IndexInitializer(RequestIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexIfMissing() {
        try {
            index.ensureExists();
        } catch (Exception e) {
            log.warn("Search index not ready (Elasticsearch unavailable?): {}. It will be created when the node "
                    + "is reachable.", e.getMessage());
        }
    }
}
