package org.candour.notifications.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The content of one email, GOV.UK style: what happened ({@code heading}, {@code paragraphs}, lists in {@code sections}), the deadline, what to
 * do, one link to act on. Rendered as plain text and as simple HTML by {@link MailRenderer}. {@code greeting} is the
 * only personal data a letter carries (the name).
 */
record Letter(String subject, String greeting, String heading, List<String> paragraphs, List<Section> sections,
              @Nullable String deadline, List<String> whatToDo, @Nullable Link action, List<String> footer) {

    Letter(String subject, String greeting, String heading, List<String> paragraphs, @Nullable String deadline,
           List<String> whatToDo, @Nullable Link action, List<String> footer) {
        this(subject, greeting, heading, paragraphs, List.of(), deadline, whatToDo, action, footer);
    }

    /** A titled list, e.g. the overdue requests of a digest. */
    record Section(String title, List<String> items) {
    }

    record Link(String text, String url) {
    }
}
