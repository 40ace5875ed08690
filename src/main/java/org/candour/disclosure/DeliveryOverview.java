package org.candour.disclosure;

import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Delivery of a request's footage as its caseworkers see it: the releases and the viewing slot chosen, if any. */
public record DeliveryOverview(List<ReleasedCopy> releases, @Nullable ZonedDateTime appointment) {
}
