/**
 * A local, single-node Elasticsearch for the local run and for tests, started as a child process from a home
 * directory that the build assembles from Maven Central jars ({@code src/elasticsearch/pom.xml}).
 * {@link org.candour.search.node.LocalElasticsearchNode} is the process; {@link
 * org.candour.search.node.LocalElasticsearchNodeInitializer} wires it into Spring before the Elasticsearch client
 * connects. Production points {@code spring.elasticsearch.uris} at a real cluster and never starts a node.
 *
 * <p>Development only: this package lives in {@code src/dev/java}, outside the jar. The tests compile it with their
 * own code; {@code spring-boot:run} adds it from {@code target/dev-classes} (see pom.xml).
 */
@NullMarked
package org.candour.search.node;

import org.jspecify.annotations.NullMarked;
