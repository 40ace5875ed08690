package org.candour.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code .ci/cluster} runs the topology of {@code docker-compose.yml} natively: the same services, node names,
 * cluster settings, portal environment and nginx configuration. When one changes, this fails until the other does.
 */
class ClusterTopologyTest {

    /** Compose settings the native run leaves out on purpose, with the reason (README, "Running in production"). */
    private static final Map<String, String> ELASTICSEARCH_SETTINGS_NOT_RUN = Map.of(
            "bootstrap.memory_lock", "needs a raised memlock limit; the nodes run as an unprivileged user",
            "ES_JAVA_OPTS", "heap from ES_HEAP in .ci/cluster.conf: five JVMs share one small machine");

    /**
     * The one difference in security: compose runs Elasticsearch with security on (TLS on HTTP and transport,
     * passwords); the native nodes cannot, because security and elasticsearch-certutil are x-pack, which is not on
     * Maven Central, and the assembled node refuses every xpack.* setting. Its settings and ELASTIC_PASSWORD.
     */
    private static final String SECURITY_NOT_RUN_NATIVELY = "x-pack, which is not on Maven Central";

    private static final Set<String> PORTAL_ENVIRONMENT_OF_THE_NATIVE_RUN_ONLY = Set.of(
            "PORT", "CANDOUR_BOOTSTRAP_ADMIN_USERNAME", "CANDOUR_BOOTSTRAP_ADMIN_PASSWORD", "CANDOUR_OUTBOX_NODE_NAME");

    private final Map<String, Object> compose = load(Path.of("docker-compose.yml"));
    private final Map<String, String> conf = shellAssignments(read(Path.of(".ci/cluster.conf")));
    private final String script = read(Path.of(".ci/cluster"));

    @Test
    void runsTheSameServices() {
        Set<String> services = map(compose, "services").keySet();
        assertThat(services).filteredOn(name -> name.matches("elasticsearch-\\d+")).containsExactlyInAnyOrder(
                words("ES_NODES"));
        assertThat(services).filteredOn(name -> name.startsWith("portal-")).containsExactlyInAnyOrder(
                words("PORTALS"));
        assertThat(services).contains("postgres", "proxy");
        assertThat(words("ES_HTTP_PORTS")).hasSameSizeAs(words("ES_NODES"));
        assertThat(words("ES_TRANSPORT_PORTS")).hasSameSizeAs(words("ES_NODES"));
        assertThat(words("PORTAL_PORTS")).hasSameSizeAs(words("PORTALS"));
    }

    @Test
    void runsOneElasticsearchClusterWithTheSameNamesAndDiscovery() {
        for (String node : words("ES_NODES")) {
            Map<String, Object> environment = map(map(map(compose, "services"), node), "environment");
            assertThat(environment).containsEntry("node.name", node);
            assertThat(environment.get("cluster.name")).isEqualTo(conf.get("ES_CLUSTER_NAME"));
            assertThat(split(environment.get("discovery.seed_hosts"))).containsExactly(words("ES_NODES"));
            assertThat(split(environment.get("cluster.initial_master_nodes"))).containsExactly(words("ES_NODES"));
            Set<String> settings = new TreeSet<>(environment.keySet());
            settings.removeAll(ELASTICSEARCH_SETTINGS_NOT_RUN.keySet());
            settings.removeIf(setting -> setting.startsWith("xpack.") || setting.equals("ELASTIC_PASSWORD"));
            assertThat(settings).as("every Elasticsearch setting of docker-compose.yml is passed by .ci/cluster")
                    .allSatisfy(setting -> assertThat(script).contains("\"" + setting + "="));
        }
        assertThat(script).contains("\"cluster.name=$ES_CLUSTER_NAME\"", "\"node.name=$name\"",
                "\"discovery.seed_hosts=$(seed_hosts)\"", "\"cluster.initial_master_nodes=");
    }

    @Test
    void composeRunsElasticsearchWithSecurityAndTheNativeRunRecordsWhyItCannot() {
        for (String node : words("ES_NODES")) {
            Map<String, Object> environment = map(map(map(compose, "services"), node), "environment");
            assertThat(environment).containsEntry("xpack.security.enabled", "true")
                    .containsEntry("xpack.security.http.ssl.enabled", "true")
                    .containsEntry("xpack.security.transport.ssl.enabled", "true")
                    .containsEntry("xpack.security.http.ssl.certificate_authorities", "certs/ca/ca.crt")
                    .containsKey("ELASTIC_PASSWORD");
        }
        assertThat(map(compose, "services")).containsKeys("elasticsearch-certificates", "elasticsearch-users");
        assertThat(String.valueOf(map(map(compose, "services"), "elasticsearch-certificates").get("command")))
                .contains("bin/elasticsearch-certutil ca", "bin/elasticsearch-certutil cert");
        Map<String, Object> portal = map(map(map(compose, "services"), words("PORTALS")[0]), "environment");
        assertThat(split(portal.get("SPRING_ELASTICSEARCH_URIS"))).hasSameSizeAs(words("ES_NODES"))
                .allSatisfy(uri -> assertThat(uri).startsWith("https://"));
        assertThat(portal).containsEntry("SPRING_ELASTICSEARCH_USERNAME", "candour")
                .containsKeys("SPRING_ELASTICSEARCH_PASSWORD", "CANDOUR_ELASTICSEARCH_CA");

        assertThat(read(Path.of(".ci/cluster.conf"))).contains(SECURITY_NOT_RUN_NATIVELY);
        assertThat(script).doesNotContain("xpack.").contains("u+=(\"http://127.0.0.1:$p\")",
                "SPRING_ELASTICSEARCH_USERNAME= SPRING_ELASTICSEARCH_PASSWORD= CANDOUR_ELASTICSEARCH_CA= ");
    }

    @Test
    void givesThePortalNodesTheSameEnvironment() {
        Set<String> composeEnvironment = new TreeSet<>();
        for (String portal : words("PORTALS")) {
            Map<String, Object> environment = map(map(map(compose, "services"), portal), "environment");
            assertThat(environment).containsEntry("CANDOUR_OUTBOX_NODE_NAME", portal)
                    .containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
                    .containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native")
                    .containsEntry("CANDOUR_TRUSTED_PROXIES", proxyAddress().replace(".", "[.]"))
                    .containsEntry("CANDOUR_SEARCH_REPLICAS", conf.get("SEARCH_REPLICAS"));
            composeEnvironment.addAll(environment.keySet());
        }
        Set<String> scriptEnvironment = portalEnvironmentOfTheScript();
        assertThat(scriptEnvironment).as("set by .ci/cluster's start_portal")
                .containsAll(composeEnvironment);
        scriptEnvironment.removeAll(PORTAL_ENVIRONMENT_OF_THE_NATIVE_RUN_ONLY);
        assertThat(composeEnvironment).as("set in docker-compose.yml").containsAll(scriptEnvironment);
        assertThat(String.valueOf(map(map(map(compose, "services"), words("PORTALS")[0]), "environment")
                .get("CANDOUR_PUBLIC_URL"))).startsWith("${CANDOUR_PUBLIC_URL:-https://");
        assertThat(script).contains("CANDOUR_TRUSTED_PROXIES='127[.]0[.]0[.]1'",
                "CANDOUR_PUBLIC_URL=\"https://localhost:$PROXY_HTTPS_PORT\"");
        assertThat(script).contains("SPRING_PROFILES_ACTIVE=postgres", "SERVER_FORWARD_HEADERS_STRATEGY=native",
                "CANDOUR_SEARCH_REPLICAS=\"$SEARCH_REPLICAS\"", "CANDOUR_OUTBOX_NODE_NAME=\"$name\"");
    }

    @Test
    void putsTheProjectsNginxConfigurationInFrontOfEveryPortalNode() {
        List<?> volumes = (List<?>) map(map(compose, "services"), "proxy").get("volumes");
        assertThat(volumes).anySatisfy(volume -> assertThat(volume.toString())
                .startsWith("./src/main/docker/nginx/nginx.conf:/etc/nginx/candour/nginx.conf"));
        Matcher upstream = Pattern.compile("server (portal-\\d+):8080").matcher(read(
                Path.of("src/main/docker/nginx/nginx.conf")));
        List<String> upstreamNodes = upstream.results().map(result -> result.group(1)).toList();
        assertThat(upstreamNodes).containsExactly(words("PORTALS"));
        assertThat(script).contains("src/main/docker/nginx/nginx.conf", "s|listen 80;|");
    }

    @Test
    void endsTlsInNginxWithTheSameCertificateScriptAndRedirectsPlainHttp() {
        Map<String, Object> proxy = map(map(compose, "services"), "proxy");
        assertThat((List<?>) proxy.get("volumes")).map(Object::toString).contains(
                "./src/main/docker/nginx/candour-certificate.sh:/docker-entrypoint.d/40-candour-certificate.sh:ro",
                "${CANDOUR_TLS_CERTIFICATES:-proxy-certificates}:/etc/nginx/certs");
        assertThat((List<?>) proxy.get("ports")).map(Object::toString)
                .containsExactly("${CANDOUR_HTTP_PORT:-80}:80", "${CANDOUR_HTTPS_PORT:-443}:443");
        assertThat(map(proxy, "environment")).containsEntry("CANDOUR_HTTPS_PORT", "${CANDOUR_HTTPS_PORT:-443}");
        assertThat(conf).containsKeys("PROXY_PORT", "PROXY_HTTPS_PORT");
        assertThat(script).contains("sh src/main/docker/nginx/candour-certificate.sh",
                "CANDOUR_HTTPS_PORT=\"$PROXY_HTTPS_PORT\"", "s|listen 443 ssl;|", "s|/etc/nginx/certs/|");

        String nginx = read(Path.of("src/main/docker/nginx/nginx.conf"));
        assertThat(occurrences(nginx, "listen 80;")).isOne();
        assertThat(occurrences(nginx, "listen 443 ssl;")).isOne();
        assertThat(nginx).contains("ssl_certificate /etc/nginx/certs/tls.crt;",
                "ssl_certificate_key /etc/nginx/certs/tls.key;", "ssl_protocols TLSv1.2 TLSv1.3;",
                "return 301 https://$host$candour_https_port_suffix$request_uri;",
                "candour_affinity=$request_id; Path=/; Secure; HttpOnly",
                "location /api/v1/audit {\n            return 404;");
        assertThat(occurrences(nginx, "proxy_pass http://candour;"))
                .isEqualTo(occurrences(nginx, "proxy_set_header X-Forwarded-Proto $scheme;"))
                .isEqualTo(occurrences(nginx, "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;"));
    }

    private String proxyAddress() {
        Map<String, Object> networks = map(map(map(compose, "services"), "proxy"), "networks");
        return String.valueOf(map(networks, "default").get("ipv4_address"));
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private Set<String> portalEnvironmentOfTheScript() {
        int start = script.indexOf("start_portal() {");
        String body = script.substring(start, script.indexOf("\n}\n", start));
        Set<String> names = new TreeSet<>();
        Pattern.compile("(?<![\\w$])([A-Z][A-Z0-9_]+)=").matcher(body).results()
                .forEach(result -> names.add(result.group(1)));
        return names;
    }

    private String[] words(String key) {
        assertThat(conf).containsKey(key);
        return conf.get(key).trim().split("\\s+");
    }

    private static String[] split(Object commaSeparated) {
        return Arrays.stream(String.valueOf(commaSeparated).split(",")).map(String::trim).toArray(String[]::new);
    }

    private static Map<String, String> shellAssignments(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        Pattern.compile("(?m)^([A-Z_]+)=\"?([^\"\\n]*)\"?$").matcher(text).results()
                .forEach(result -> values.put(result.group(1), result.group(2)));
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    private static Map<String, Object> load(Path file) {
        return new Yaml().load(read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot read " + file, ex);
        }
    }
}
