package org.candour.search.node;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * The {@code candour.elasticsearch.local-node.*} properties. Read straight from the {@link Environment}, because
 * the node has to start before any bean exists.
 */
@ConfigurationProperties(LocalNodeProperties.PREFIX)
public record LocalNodeProperties(
        @DefaultValue("false") boolean enabled,
        @Nullable Path home,
        @DefaultValue("data/elasticsearch") Path workDir,
        @DefaultValue("9200") int httpPort,
        @DefaultValue("9300") int transportPort,
        @DefaultValue(LocalNodeSettings.DEFAULT_HEAP_SIZE) String heapSize,
        @DefaultValue("2m") Duration startupTimeout,
        @DefaultValue("context") NodeScope scope) {

    public static final String PREFIX = "candour.elasticsearch.local-node";

    static LocalNodeProperties from(Environment environment) {
        return Binder.get(environment).bindOrCreate(PREFIX, LocalNodeProperties.class);
    }

    LocalNodeSettings toSettings() {
        if (home == null) {
            throw new IllegalStateException(PREFIX + ".home is not set: it names the Elasticsearch home assembled by "
                    + "the build, such as target/elasticsearch-9.5.3");
        }
        return new LocalNodeSettings(home, workDir, httpPort, transportPort, heapSize, startupTimeout);
    }
}
