package org.candour.notifications;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A message the local mail server received: for the Demo mailbox page and tests, never in production. */
public record ReceivedMail(List<String> to, String subject, @Nullable Instant sentAt, String text, String html) {
}
