package org.candour.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.candour.requests.RequestState;
import org.candour.requests.FilingReceipt;
import org.candour.requests.RequestFilingService;
import org.candour.requests.RequestSnapshots;
import org.candour.search.RequestSearch;
import org.candour.search.SearchQuery;
import org.candour.search.SearchResults;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An index made with an older mapping version (here: version 1, before the {@code open} field and the facet fields)
 * is rebuilt from the database when the portal starts, and search answers correctly before and after the alias
 * moves.
 */
@SpringBootTest
class IndexMigrationIT {

    @Autowired
    RequestIndex index;
    @Autowired
    IndexInitializer initializer;
    @Autowired
    RequestFilingService filing;
    @Autowired
    RequestSnapshots snapshots;
    @Autowired
    RequestSearch search;
    @Autowired
    ElasticsearchClient client;

    @Test
    void anIndexOfAnOlderMappingVersionIsRebuiltAtStartUp() throws Exception {
        FilingReceipt receipt = filing.file(TestRequests.valid(LocalDate.now().minusDays(2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> found(receipt.reference()));
        String before = index.currentIndex().orElseThrow();

        // What an earlier release left behind: an index whose documents lack "open", marked as version 1.
        String old = RequestIndex.INDEX_PREFIX
                + (Integer.parseInt(before.substring(RequestIndex.INDEX_PREFIX.length())) + 1);
        client.indices().create(c -> c.index(old)
                .mappings(m -> m.meta(RequestMapping.VERSION_KEY, JsonData.of(1))));
        var stale = RequestDocument.of(snapshots.pageAfter(null, 10_000).stream()
                .filter(s -> s.reference().equals(receipt.reference())).findFirst().orElseThrow());
        var version1 = withoutOpen(stale);
        client.index(i -> i.index(old).id(stale.id()).document(version1));
        client.indices().refresh(r -> r.index(old));
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(before).alias(RequestIndex.ALIAS)))
                .actions(a -> a.add(add -> add.index(old).alias(RequestIndex.ALIAS).isWriteIndex(true))));
        client.indices().delete(d -> d.index(before));
        index.forget();

        // Until a rebuild swaps the alias, the facets still count, one aggregation each (at risk from the list of
        // open states).
        index.ensureExists();
        assertThat(index.hasCurrentMapping()).isFalse();
        assertThat(atRiskIn(receipt)).isEqualTo(1);
        assertThat(facetsOf(receipt).boroughs()).containsExactly(new SearchResults.Count("Lambeth", 1));
        assertThat(facetsOf(receipt).states()).containsExactly(new SearchResults.Count<>(RequestState.SUBMITTED, 1));

        initializer.createIndexIfMissing();

        // The flag is set once the alias has moved; the old index is deleted after that.
        await().atMost(Duration.ofSeconds(60)).until(index::hasCurrentMapping);
        assertThat(index.currentIndex()).isPresent().get().isNotEqualTo(old);
        var mapping = client.indices().getMapping(m -> m.index(RequestIndex.ALIAS)).mappings().values().iterator()
                .next().mappings();
        assertThat(mapping.meta().get(RequestMapping.VERSION_KEY).to(Integer.class)).isEqualTo(RequestMapping.VERSION);
        assertThat(client.count(c -> c.index(RequestIndex.ALIAS)).count()).isEqualTo(snapshots.count());
        assertThat(client.count(c -> c.index(RequestIndex.ALIAS)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("reference").value(receipt.reference())))
                        .filter(f -> f.term(t -> t.field("open").value(true)))))).count()).isEqualTo(1);
        assertThat(atRiskIn(receipt)).isEqualTo(1);
        assertThat(facetsOf(receipt).boroughs()).containsExactly(new SearchResults.Count("Lambeth", 1));
    }

    private boolean found(String reference) {
        return search.search(SearchQuery.everything().withText(reference)).hits().stream()
                .anyMatch(h -> h.reference().equals(reference));
    }

    /** The at-risk facet of a search for the one request (filed two days ago, so its footage is not yet deleted). */
    private long atRiskIn(FilingReceipt receipt) {
        return facetsOf(receipt).atRisk();
    }

    private SearchResults.Facets facetsOf(FilingReceipt receipt) {
        return search.search(new SearchQuery(receipt.reference(), Set.of(), Set.of(), Set.of(), false, false,
                false, null, null, SearchQuery.Order.RELEVANCE, 0, 10)).facets();
    }

    /** The document as version 1 indexed it: no "open", no per-state stage fields, none of the facet fields. */
    private static java.util.Map<String, Object> withoutOpen(RequestDocument d) throws ReflectiveOperationException {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (var component : RequestDocument.class.getRecordComponents()) {
            String name = component.getName();
            if (!Set.of("open", "facetKey").contains(name) && !name.startsWith("stage")) {
                map.put(name, component.getAccessor().invoke(d));
            }
        }
        return map;
    }
}
