/**
 * Helper run in its own JVM, with the Elasticsearch server jars on its class path, to prepare a node's start-up
 * arguments. Compiled by {@code src/elasticsearch/pom.xml}, never part of the application.
 */
@NullMarked
package org.candour.search.node.launcher;

import org.jspecify.annotations.NullMarked;
