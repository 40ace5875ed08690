package org.candour.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Emails as plain text and as accessible HTML, with every value escaped. */
class MailRendererTest {

    private static final Letter LETTER = new Letter("Subject <b>", "Dear Jo <script>alert(1)</script>,",
            "Heading & more", List.of("First paragraph."), List.of(new Letter.Section("Overdue (1)",
            List.of("BWV-2026-000001 (Lambeth): was due 1 December 2026"))), "We must reply by Friday.",
            List.of("Do this."), new Letter.Link("Track your request", "https://portal.example/track?a=1&b=2"),
            List.of("Your reference: BWV-2026-000001"));

    @Test
    void plainTextHasEveryPartInReadingOrder() {
        assertThat(MailRenderer.text(LETTER)).containsSubsequence("Dear Jo", "Heading & more", "First paragraph.",
                "Overdue (1)", "- BWV-2026-000001 (Lambeth): was due 1 December 2026", "We must reply by Friday.",
                "What you need to do", "- Do this.", "Track your request:", "https://portal.example/track?a=1&b=2",
                "Your reference: BWV-2026-000001");
    }

    @Test
    void htmlHasALanguageHeadingsListsAndEscapesEveryValue() {
        String html = MailRenderer.html(LETTER);

        assertThat(html).startsWith("<!DOCTYPE html><html lang=\"en\">")
                .contains("<title>Subject &lt;b&gt;</title>", "<h1", "Heading &amp; more</h1>",
                        "<h2 style=\"font-size: 24px;\">Overdue (1)</h2><ul><li>BWV-2026-000001",
                        "<strong>We must reply by Friday.</strong>",
                        "href=\"https://portal.example/track?a=1&amp;b=2\">Track your request</a>")
                .doesNotContain("<script>", "<b>");
    }
}
