/**
 * The audit log: an append-only, hash-chained record of every view of personal data and every decision, which an
 * administrator can verify. Other modules publish {@link org.candour.shared.audit.Audited} events (recorded through
 * the outbox) or call {@link org.candour.audit.AuditLog#record} to audit inside their own transaction. Nothing else
 * depends on this module.
 */
@NullMarked
package org.candour.audit;

import org.jspecify.annotations.NullMarked;
