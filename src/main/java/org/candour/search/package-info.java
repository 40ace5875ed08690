/**
 * Elasticsearch read model of the request workflow: fed by request events through the outbox, it serves staff
 * search, facets and workflow analytics. Nothing depends on it, so the portal works while it is down.
 */
@NullMarked
package org.candour.search;

import org.jspecify.annotations.NullMarked;
