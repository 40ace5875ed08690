/** Coordination of several portal nodes that share one database: who works the outbox. */
@NullMarked
package org.candour.shared.outbox;

import org.jspecify.annotations.NullMarked;
