package org.candour.shared.audit;

import java.time.Instant;

/**
 * An event that must be written to the audit log: every view of personal data and every decision. Modules publish
 * their own event records implementing this; the audit module records them through the outbox, so an entry is
 * never lost even if the audit write fails at first.
 *
 * @param actor   who did it (a staff username, or "system")
 * @param action  what was done, e.g. "VIEWED_REQUESTER_DETAILS", "IDENTITY_VERIFIED", "DISCLOSED"
 * @param subject what it was done to, e.g. a request reference; never personal data itself
 * @param details a short explanation without personal data, e.g. the s.45(4) ground of a refusal
 */
public interface Audited {

    String actor();

    String action();

    String subject();

    Instant at();

    String details();
}
