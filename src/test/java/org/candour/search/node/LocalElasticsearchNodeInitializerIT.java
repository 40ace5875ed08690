package org.candour.search.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** Runs real application contexts, as {@code spring-boot:run} and Spring's test support create them. */
class LocalElasticsearchNodeInitializerIT {

    private static final String NODE = LocalElasticsearchNodeInitializer.NODE_BEAN_NAME;

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ ElasticsearchRestClientAutoConfiguration.class,
            ElasticsearchClientAutoConfiguration.class })
    static class WithElasticsearchClient {
    }

    @Configuration(proxyBeanMethods = false)
    static class WithoutElasticsearchClient {
    }

    @Test
    void contextsOfOneJvmShareOneNodeThatOutlivesThem() throws Exception {
        LocalElasticsearchNode first;
        try (ConfigurableApplicationContext context = run(WithElasticsearchClient.class, "--scope=jvm")) {
            first = context.getBean(NODE, LocalElasticsearchNode.class);
            assertClientReachesTheNode(context, first);
        }
        assertThat(first.isRunning()).isTrue();
        try (ConfigurableApplicationContext context = run(WithElasticsearchClient.class, "--scope=jvm",
                "--spring.application.name=another-cached-test-context")) {
            assertThat(context.getBean(NODE)).isSameAs(first);
            assertClientReachesTheNode(context, first);
        }
    }

    @Test
    void contextScopedNodeStopsWithItsContext() throws Exception {
        LocalElasticsearchNode node;
        try (ConfigurableApplicationContext context = run(WithElasticsearchClient.class, "--scope=context",
                "--work-dir=" + TestNodeHome.freshWorkDir("context-scoped"), "--http-port=0",
                "--transport-port=0")) {
            node = context.getBean(NODE, LocalElasticsearchNode.class);
            assertClientReachesTheNode(context, node);
        }
        assertThat(node.isRunning()).isFalse();
        assertThat(ProcessHandle.of(node.pid())).isEmpty();
    }

    @Test
    void startsNoNodeWhenAClusterIsConfigured() {
        try (ConfigurableApplicationContext context = run(WithElasticsearchClient.class, "--scope=jvm",
                "--spring.elasticsearch.uris=http://elasticsearch.example:9200")) {
            assertThat(context.containsBean(NODE)).isFalse();
        }
    }

    @Test
    void startsNoNodeWhenDisabled() {
        try (ConfigurableApplicationContext context = run(WithElasticsearchClient.class, "--enabled=false")) {
            assertThat(context.containsBean(NODE)).isFalse();
            assertThat(context.getEnvironment().getProperty(LocalElasticsearchNodeInitializer.URIS_PROPERTY))
                    .isNull();
        }
    }

    @Test
    void startsNoNodeForAContextWithoutTheElasticsearchClient() {
        try (ConfigurableApplicationContext context = run(WithoutElasticsearchClient.class, "--scope=context",
                "--http-port=0", "--transport-port=0")) {
            assertThat(context.containsBean(NODE)).isFalse();
        }
    }

    /** Local-node properties are given without their prefix; command-line arguments beat surefire's. */
    private static ConfigurableApplicationContext run(Class<?> configuration, String... arguments) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(LocalNodeProperties.PREFIX + ".enabled", "true");
        properties.put(LocalNodeProperties.PREFIX + ".home", TestNodeHome.home().toString());
        for (String argument : arguments) {
            String[] nameAndValue = argument.substring(2).split("=", 2);
            String name = nameAndValue[0].startsWith("spring.")
                    ? nameAndValue[0]
                    : LocalNodeProperties.PREFIX + "." + nameAndValue[0];
            properties.put(name, nameAndValue[1]);
        }
        String[] commandLine = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(configuration).web(WebApplicationType.NONE).run(commandLine);
    }

    private static void assertClientReachesTheNode(ConfigurableApplicationContext context,
            LocalElasticsearchNode node) throws Exception {
        assertThat(context.getEnvironment().getProperty(LocalElasticsearchNodeInitializer.URIS_PROPERTY))
                .isEqualTo(node.httpUri().toString());
        assertThat(context.getBean(ElasticsearchClient.class).cluster().health().status())
                .isIn(HealthStatus.Green, HealthStatus.Yellow);
    }
}
