package org.candour.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The requests index: alias {@value #ALIAS} over a versioned index ({@code requests-v1}, ...) whose explicit mapping
 * comes from an index template. Writes use external versioning with the aggregate's version, so an older update
 * can never overwrite a newer one, and replays are harmless.
 */
@Component
public class RequestIndex {

    public static final String ALIAS = "requests";
    static final String TEMPLATE = "requests";
    static final String INDEX_PREFIX = "requests-v";
    /** Short, so a change is searchable well within a second of its commit. */
    static final String REFRESH_INTERVAL = "250ms";
    private static final int VERSION_CONFLICT = 409;

    private final ElasticsearchClient client;
    private final String replicas;
    private final String shards;
    private volatile boolean ready;
    /** Whether the index behind the alias has the mapping of {@link RequestMapping#VERSION}. */
    private volatile boolean current = true;

    /**
     * @param shards primary shards of a new index (default 1, which suits two cores); takes effect at the next
     *               rebuild
     */
    RequestIndex(ElasticsearchClient client, @Value("${candour.search.replicas:0}") int replicas,
                 @Value("${candour.search.shards:1}") int shards) {
        this.client = client;
        this.replicas = Integer.toString(replicas);
        this.shards = Integer.toString(shards);
    }

    /** Creates the template and the first index behind the alias if they are missing. */
    public synchronized void ensureExists() throws IOException {
        if (ready) {
            return;
        }
        client.indices().putIndexTemplate(template -> template.name(TEMPLATE).indexPatterns(INDEX_PREFIX + "*")
                .template(t -> t.settings(s -> s.numberOfShards(shards).numberOfReplicas(replicas)
                                .refreshInterval(r -> r.time(REFRESH_INTERVAL)))
                        .mappings(RequestMapping.MAPPING)));
        if (!client.indices().existsAlias(alias -> alias.name(ALIAS)).value()) {
            client.indices().create(index -> index.index(INDEX_PREFIX + 1).aliases(ALIAS, alias -> alias.isWriteIndex(true)));
            current = true;
        } else {
            // An index made by an earlier release gets the fields added since, so live updates can be written to it
            // until it is rebuilt; its _meta keeps the older version (the documents lack the new fields).
            client.indices().putMapping(mapping -> mapping.index(ALIAS).dynamic(RequestMapping.MAPPING.dynamic())
                    .properties(RequestMapping.MAPPING.properties()));
            current = mappingVersion() >= RequestMapping.VERSION;
        }
        ready = true;
    }

    /**
     * False while the alias points at an index of an older mapping version (until its rebuild swaps the alias):
     * queries must then not rely on fields that version lacks.
     */
    public boolean hasCurrentMapping() {
        return current;
    }

    /** Called once a rebuild has moved the alias to an index created from the current template. */
    void rebuilt() {
        current = true;
    }

    /** Forgets what it knows of the index, so the next {@link #ensureExists()} looks again (for tests). */
    void forget() {
        ready = false;
        current = true;
    }

    private int mappingVersion() throws IOException {
        var mappings = client.indices().getMapping(m -> m.index(ALIAS)).mappings();
        return mappings.values().stream().mapToInt(index -> {
            var meta = index.mappings().meta();
            var version = meta == null ? null : meta.get(RequestMapping.VERSION_KEY);
            return version == null ? 1 : version.to(Integer.class);
        }).min().orElse(1);
    }

    public void put(RequestDocument document, String index) throws IOException {
        try {
            client.index(request -> request.index(index).id(document.id()).version(document.version())
                    .versionType(VersionType.External).document(document));
        } catch (ElasticsearchException e) {
            if (e.status() != VERSION_CONFLICT) {
                throw e;
            }
            // A newer (or the same) version is already indexed: nothing to do.
        }
    }

    /** The concrete index the alias points at, if any. */
    public Optional<String> currentIndex() {
        try {
            var aliases = client.indices().getAlias(request -> request.name(ALIAS));
            return aliases.aliases().keySet().stream().findFirst();
        } catch (ElasticsearchException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
