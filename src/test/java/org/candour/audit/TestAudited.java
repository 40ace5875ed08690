package org.candour.audit;

import java.time.Instant;
import org.candour.shared.audit.Audited;

/** An auditable event as another module would publish it. */
record TestAudited(String actor, String action, String subject, Instant at, String details) implements Audited {
}
