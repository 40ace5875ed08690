package org.candour.search.internal;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.JsonData;
import java.util.Arrays;
import org.candour.requests.RequestState;

/**
 * The explicit mapping of a request document. Dynamic mapping is strict: a field that is not listed here is
 * refused, so nothing (personal data included) can slip into the index by accident.
 *
 * <p>The faceted keywords load their global ordinals at refresh ({@code eager_global_ordinals}), so the first
 * search after a refresh that changed the index does not pay for them.
 *
 * <p>{@link #VERSION} is stored in the mapping's {@code _meta}. Raise it whenever a change needs the documents
 * indexed again (a new field computed from the request, a changed type): at start-up an index of an older version
 * is rebuilt from the database (see {@link IndexInitializer}). Version 5: {@code dueDate} is empty while the
 * clock is paused (s.54(3C)), so nothing in a document goes stale as the days pass.
 *
 * <p>{@code facetKey} is indexed although nothing searches it: a search without text or filters then counts its
 * terms from the index instead of visiting every document (Elasticsearch's filter-by-filter aggregation).
 */
final class RequestMapping {

    static final int VERSION = 5;
    static final String VERSION_KEY = "mappingVersion";

    static final TypeMapping MAPPING = TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
            .meta(VERSION_KEY, JsonData.of(VERSION))
            .properties("id", p -> p.keyword(k -> k))
            .properties("version", p -> p.long_(l -> l))
            .properties("reference", p -> p.keyword(k -> k))
            .properties("boroughCode", p -> p.keyword(k -> k))
            .properties("boroughName", p -> p.keyword(k -> k.eagerGlobalOrdinals(true)))
            .properties("bcu", p -> p.keyword(k -> k))
            .properties("state", p -> p.keyword(k -> k.eagerGlobalOrdinals(true)))
            .properties("open", p -> p.boolean_(b -> b))
            .properties("submittedAt", p -> p.date(d -> d))
            .properties("receivedOn", p -> p.date(d -> d))
            .properties("incidentDate", p -> p.date(d -> d))
            .properties("clockStatus", p -> p.keyword(k -> k))
            .properties("dueDate", p -> p.date(d -> d))
            .properties("footageDeletionDate", p -> p.date(d -> d))
            .properties("extended", p -> p.boolean_(b -> b))
            .properties("paused", p -> p.boolean_(b -> b))
            .properties("stopAndSearch", p -> p.boolean_(b -> b))
            .properties("outcome", p -> p.keyword(k -> k.eagerGlobalOrdinals(true)))
            .properties("outcomeAt", p -> p.date(d -> d))
            .properties("daysToOutcome", p -> p.double_(d -> d))
            .properties("answeredWithinDeadline", p -> p.boolean_(b -> b))
            .properties("location", p -> p.text(t -> t.analyzer("standard")))
            .properties("description", p -> p.text(t -> t.analyzer("standard")))
            .properties("preserved", p -> p.boolean_(b -> b))
            .properties("linkedToComplaint", p -> p.boolean_(b -> b))
            .properties("assignedTo", p -> p.keyword(k -> k))
            .properties("restrictionGround", p -> p.keyword(k -> k))
            .properties("noFootageReason", p -> p.keyword(k -> k))
            .properties("facetKey", p -> p.keyword(k -> k.eagerGlobalOrdinals(true)))
            .properties("stageDays", p -> p.object(o -> {
                Arrays.stream(RequestState.values()).forEach(state -> o.properties(state.name(), sp -> sp.double_(d -> d)));
                return o;
            }))
            .properties("stageEntries", p -> p.object(o -> {
                Arrays.stream(RequestState.values()).forEach(state -> o.properties(state.name(), sp -> sp.integer(i -> i)));
                return o;
            })));

    private RequestMapping() {
    }
}
