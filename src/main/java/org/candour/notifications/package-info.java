/**
 * Notifications: tells requesters of every change that concerns them, and staff of what waits for them, by email
 * (Spring Mail over SMTP). Listens to {@code requests} events through the outbox, sends after commit, and records an
 * idempotency key per message so that one change is never mailed twice. Reads a requester's address only through
 * the API {@code requests} makes for it. The services in this package are the module's API; its sub-packages are
 * its own.
 */
@NullMarked
package org.candour.notifications;

import org.jspecify.annotations.NullMarked;
