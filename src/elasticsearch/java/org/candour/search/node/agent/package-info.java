/**
 * Stand-in entitlement agent jar for the local Elasticsearch node. Compiled by {@code src/elasticsearch/pom.xml}.
 */
@NullMarked
package org.candour.search.node.agent;

import org.jspecify.annotations.NullMarked;
