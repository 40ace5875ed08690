package org.candour.search.internal;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

/**
 * The explicit mapping of a request document. Dynamic mapping is strict: a field that is not listed here is
 * refused, so nothing (personal data included) can slip into the index by accident.
 */
final class RequestMapping {

    static final TypeMapping MAPPING = TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
            .properties("id", p -> p.keyword(k -> k))
            .properties("version", p -> p.long_(l -> l))
            .properties("reference", p -> p.keyword(k -> k))
            .properties("boroughCode", p -> p.keyword(k -> k))
            .properties("boroughName", p -> p.keyword(k -> k))
            .properties("bcu", p -> p.keyword(k -> k))
            .properties("state", p -> p.keyword(k -> k))
            .properties("submittedAt", p -> p.date(d -> d))
            .properties("receivedOn", p -> p.date(d -> d))
            .properties("incidentDate", p -> p.date(d -> d))
            .properties("clockStatus", p -> p.keyword(k -> k))
            .properties("dueDate", p -> p.date(d -> d))
            .properties("footageDeletionDate", p -> p.date(d -> d))
            .properties("extended", p -> p.boolean_(b -> b))
            .properties("paused", p -> p.boolean_(b -> b))
            .properties("stopAndSearch", p -> p.boolean_(b -> b))
            .properties("outcome", p -> p.keyword(k -> k))
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
            .properties("stages", p -> p.nested(n -> n
                    .properties("state", sp -> sp.keyword(k -> k))
                    .properties("enteredAt", sp -> sp.date(d -> d))
                    .properties("exitedAt", sp -> sp.date(d -> d))
                    .properties("days", sp -> sp.double_(d -> d)))));

    private RequestMapping() {
    }
}
