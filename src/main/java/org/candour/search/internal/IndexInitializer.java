package org.candour.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the index template, the first index and its alias at start-up. If Elasticsearch is down the portal
 * starts anyway; the indexer creates them on its first successful attempt. An index made with an older mapping
 * version (see {@link RequestMapping#VERSION}) is rebuilt from the database in the background, without downtime:
 * searching uses the old index, with queries it can answer, until the alias moves.
 */
@Component
class IndexInitializer {

    private static final Logger log = LoggerFactory.getLogger(IndexInitializer.class);

    private final RequestIndex index;
    private final IndexRebuilder rebuilder;

    IndexInitializer(RequestIndex index, IndexRebuilder rebuilder) {
        this.index = index;
        this.rebuilder = rebuilder;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexIfMissing() {
        try {
            index.ensureExists();
        } catch (Exception e) {
            log.warn("Search index not ready (Elasticsearch unavailable?): {}. It will be created when the node "
                    + "is reachable.", e.getMessage());
            return;
        }
        if (!index.hasCurrentMapping()) {
            Thread.ofPlatform().name("search-index-migration").daemon().start(this::migrate);
        }
    }

    private void migrate() {
        log.info("The search index has an older mapping (current version {}); rebuilding it from the database",
                RequestMapping.VERSION);
        try {
            var result = rebuilder.rebuild((done, total) -> { });
            log.info("Search index rebuilt for the new mapping: {} documents in {} ({} failed)", result.indexed(),
                    result.index(), result.failed());
        } catch (Exception e) {
            log.warn("Rebuilding the search index for the new mapping failed: {}. Overdue and at-risk figures use "
                    + "the old form until an administrator rebuilds it.", e.toString());
        }
    }
}
