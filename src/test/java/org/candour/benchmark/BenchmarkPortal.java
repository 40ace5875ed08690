package org.candour.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;
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
     * @param urlOptions H2 settings added to the application's (e.g. {@code ;QUERY_CACHE_SIZE=0}, which replaces
     *     its 64), or ""
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
            args.add("--spring.datasource.url=" + applicationH2Url(dir.toAbsolutePath().resolve("db"), urlOptions));
        }
        args.addAll(List.of(more));
        var all = new ArrayList<Class<?>>(List.of(CandourApplication.class));
        all.addAll(sources);
        return new SpringApplicationBuilder(all.toArray(Class<?>[]::new)).run(args.toArray(String[]::new));
    }

    /**
     * The application's own H2 URL (application.properties) for the database file {@code file}, its settings
     * followed by {@code urlOptions}, a setting given again replacing the application's (H2 refuses a setting named
     * twice).
     */
    public static String applicationH2Url(Path file, String urlOptions) {
        var properties = new Properties();
        try (InputStream in = BenchmarkPortal.class.getResourceAsStream("/application.properties")) {
            properties.load(Objects.requireNonNull(in, "no application.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = properties.getProperty("spring.datasource.url");
        String prefix = "jdbc:h2:file:";
        if (url == null || !url.startsWith(prefix)) {
            throw new IllegalStateException("application.properties has no H2 file URL: " + url);
        }
        var settings = new LinkedHashMap<String, String>();
        for (String setting : (url + urlOptions).split(";")) {
            if (setting.contains("=")) {
                settings.put(setting.substring(0, setting.indexOf('=')).toUpperCase(Locale.ROOT), setting);
            }
        }
        return prefix + file + settings.values().stream().map(setting -> ";" + setting)
                .collect(Collectors.joining());
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
