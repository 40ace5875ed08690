package org.candour.identity;

import java.util.UUID;

/** A complaint body (organisation) as pages and other modules see it. */
public record ComplaintBodySummary(UUID id, String name) {
}
