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
            "xpack.security.enabled", "the assembled node has no x-pack; it refuses any xpack.* setting",
            "ES_JAVA_OPTS", "heap from ES_HEAP in .ci/cluster.conf: five JVMs share one small machine");

    private static final Set<String> PORTAL_ENVIRONMENT_OF_THE_NATIVE_RUN_ONLY = Set.of(
            "PORT", "CANDOUR_BOOTSTRAP_ADMIN_USERNAME", "CANDOUR_BOOTSTRAP_ADMIN_PASSWORD", "CANDOUR_OUTBOX_NODE_NAME");

    private final Map<String, Object> compose = load(Path.of("docker-compose.yml"));
    private final Map<String, String> conf = shellAssignments(read(Path.of(".ci/cluster.conf")));
    private final String script = read(Path.of(".ci/cluster"));

    @Test
    void runsTheSameServices() {
        Set<String> services = map(compose, "services").keySet();
        assertThat(services).filteredOn(name -> name.startsWith("elasticsearch-")).containsExactlyInAnyOrder(
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
            assertThat(settings).as("every Elasticsearch setting of docker-compose.yml is passed by .ci/cluster")
                    .allSatisfy(setting -> assertThat(script).contains("\"" + setting + "="));
        }
        assertThat(script).contains("\"cluster.name=$ES_CLUSTER_NAME\"", "\"node.name=$name\"",
                "\"discovery.seed_hosts=$(seed_hosts)\"", "\"cluster.initial_master_nodes=");
    }

    @Test
    void givesThePortalNodesTheSameEnvironment() {
        Set<String> composeEnvironment = new TreeSet<>();
        for (String portal : words("PORTALS")) {
            Map<String, Object> environment = map(map(map(compose, "services"), portal), "environment");
            assertThat(environment).containsEntry("CANDOUR_OUTBOX_NODE_NAME", portal)
                    .containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
                    .containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native")
                    .containsEntry("CANDOUR_SEARCH_REPLICAS", conf.get("SEARCH_REPLICAS"));
            composeEnvironment.addAll(environment.keySet());
        }
        Set<String> scriptEnvironment = portalEnvironmentOfTheScript();
        assertThat(scriptEnvironment).as("set by .ci/cluster's start_portal")
                .containsAll(composeEnvironment);
        scriptEnvironment.removeAll(PORTAL_ENVIRONMENT_OF_THE_NATIVE_RUN_ONLY);
        assertThat(composeEnvironment).as("set in docker-compose.yml").containsAll(scriptEnvironment);
        assertThat(script).contains("SPRING_PROFILES_ACTIVE=postgres", "SERVER_FORWARD_HEADERS_STRATEGY=native",
                "CANDOUR_SEARCH_REPLICAS=\"$SEARCH_REPLICAS\"", "CANDOUR_OUTBOX_NODE_NAME=\"$name\"");
    }

    @Test
    void putsTheProjectsNginxConfigurationInFrontOfEveryPortalNode() {
        List<?> volumes = (List<?>) map(map(compose, "services"), "proxy").get("volumes");
        assertThat(volumes).anySatisfy(volume -> assertThat(volume.toString())
                .startsWith("./src/main/docker/nginx/nginx.conf:/etc/nginx/nginx.conf"));
        Matcher upstream = Pattern.compile("server (portal-\\d+):8080").matcher(read(
                Path.of("src/main/docker/nginx/nginx.conf")));
        List<String> upstreamNodes = upstream.results().map(result -> result.group(1)).toList();
        assertThat(upstreamNodes).containsExactly(words("PORTALS"));
        assertThat(script).contains("src/main/docker/nginx/nginx.conf", "s|listen 80;|");
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
