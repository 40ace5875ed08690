package org.candour.benchmark;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.candour.CandourApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The real application, started inside a benchmark's JVM on a random port with an H2 file database of its own
 * under {@code dir} (emptied first), and either a local Elasticsearch node of its own or none.
 */
public final class BenchmarkPortal {

    /** A fixed test key: benchmark data is generated, never real. */
    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private BenchmarkPortal() {
    }

    /**
     * @param urlOptions H2 settings appended to the JDBC URL (e.g. {@code ;QUERY_CACHE_SIZE=0}), or ""
     * @param elasticsearch whether to start a local node (heap from {@code -Dbenchmark.heap}, default 2g)
     * @param more further application arguments ({@code --name=value})
     */
    public static ConfigurableApplicationContext start(Path dir, String urlOptions, boolean elasticsearch,
                                                       String... more) {
        return start(List.of(), dir, urlOptions, elasticsearch, more);
    }

    /** As {@link #start(Path, String, boolean, String...)}, with further configuration classes of the benchmark. */
    public static ConfigurableApplicationContext start(List<Class<?>> sources, Path dir, String urlOptions,
                                                       boolean elasticsearch, String... more) {
        FileSystemUtils.deleteRecursively(dir.toFile());
        var args = new ArrayList<>(List.of("--server.port=0",
                "--candour.crypto.key=" + KEY, "--candour.crypto.key-file=",
                "--spring.flyway.placeholders.referencestart=1", "--logging.level.root=warn",
                // As served in production, from the bundle the benchmark profile builds (see pom.xml).
                "--vaadin.productionMode=true",
                // A mail server takes the notifications, as in production: without one, every filing's message
                // failed, was logged with its stack trace and retried, which the figures then included.
                "--candour.mail.local-server.enabled=true", "--candour.mail.local-server.port=0"));
        if (elasticsearch) {
            args.addAll(List.of("--candour.elasticsearch.local-node.http-port=0",
                    "--candour.elasticsearch.local-node.transport-port=0",
                    "--candour.elasticsearch.local-node.work-dir=" + dir + "/elasticsearch",
                    "--candour.elasticsearch.local-node.heap-size=" + System.getProperty("benchmark.heap", "2g")));
        } else {
            args.addAll(List.of("--candour.elasticsearch.local-node.enabled=false",
                    "--spring.elasticsearch.uris=http://127.0.0.1:9"));
        }
        if (Arrays.stream(more).noneMatch(arg -> arg.startsWith("--spring.datasource.url="))) {
            // As application.properties has it.
            args.add("--spring.datasource.url=jdbc:h2:file:./" + dir + "/db;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64"
                    + urlOptions);
        }
        args.addAll(List.of(more));
        var all = new ArrayList<Class<?>>(List.of(CandourApplication.class));
        all.addAll(sources);
        return new SpringApplicationBuilder(all.toArray(Class<?>[]::new)).run(args.toArray(String[]::new));
    }

    /**
     * Arguments (for {@code more}) that put the portal on a fresh, empty schema {@code schema} of this PostgreSQL
     * server instead of H2, with the production profile's Flyway placeholders.
     */
    public static String[] onPostgres(BenchmarkPostgres postgres, String schema) throws SQLException {
        postgres.freshSchema(schema).close();
        return new String[] {"--spring.datasource.url=" + postgres.urlWithSchema(schema),
                "--spring.datasource.username=" + postgres.user(), "--spring.datasource.password=" + postgres.password(),
                "--spring.flyway.placeholders.binary=bytea", "--spring.flyway.placeholders.text=text"};
    }

    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
