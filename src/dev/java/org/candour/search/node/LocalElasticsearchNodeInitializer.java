package org.candour.search.node;

import java.util.Map;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Starts a {@link LocalElasticsearchNode} when {@code candour.elasticsearch.local-node.enabled} is true and
 * {@code spring.elasticsearch.uris} names no cluster, and points {@code spring.elasticsearch.uris} at it.
 *
 * <p>The start waits until the bean definitions are known and happens only if the context defines Spring Boot's
 * Elasticsearch client, so contexts without one (slices such as {@code @DataJpaTest}) start no node. It still
 * happens before any bean is created, so the client connects to a running node. Registered in
 * {@code META-INF/spring.factories}.
 */
public final class LocalElasticsearchNodeInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String URIS_PROPERTY = "spring.elasticsearch.uris";

    static final String NODE_BEAN_NAME = "localElasticsearchNode";

    private static final String CLIENT_CLASS = "co.elastic.clients.transport.rest5_client.low_level.Rest5Client";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        LocalNodeProperties properties = LocalNodeProperties.from(environment);
        if (properties.enabled() && !environment.containsProperty(URIS_PROPERTY)) {
            context.addBeanFactoryPostProcessor(beanFactory -> startIfClientDefined(beanFactory, environment,
                    properties));
        }
    }

    private static void startIfClientDefined(ConfigurableListableBeanFactory beanFactory,
            ConfigurableEnvironment environment, LocalNodeProperties properties) {
        if (!definesClient(beanFactory)) {
            return;
        }
        LocalElasticsearchNode node = properties.scope() == NodeScope.JVM
                ? SharedLocalElasticsearchNode.get(properties.toSettings())
                : LocalElasticsearchNode.start(properties.toSettings());
        environment.getPropertySources().addFirst(new MapPropertySource("candourLocalElasticsearchNode",
                Map.of(URIS_PROPERTY, node.httpUri().toString())));
        beanFactory.registerSingleton(NODE_BEAN_NAME, node);
        if (properties.scope() == NodeScope.CONTEXT && beanFactory instanceof DefaultListableBeanFactory registry) {
            // Also runs when the refresh fails after this point, unlike a ContextClosedEvent listener.
            registry.registerDisposableBean(NODE_BEAN_NAME, node::stop);
        }
    }

    private static boolean definesClient(ConfigurableListableBeanFactory beanFactory) {
        ClassLoader classLoader = beanFactory.getBeanClassLoader();
        return ClassUtils.isPresent(CLIENT_CLASS, classLoader) && beanFactory.getBeanNamesForType(
                ClassUtils.resolveClassName(CLIENT_CLASS, classLoader), true, false).length > 0;
    }
}
