package org.candour.notifications.internal;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;

/**
 * Renders a {@link Letter} as plain text and as simple accessible HTML: one column, a language, real headings and
 * paragraphs, a black-on-white 19px sans-serif body, an underlined link whose text says where it goes. No images,
 * no tracking, no scripts. Every value is escaped.
 */
final class MailRenderer {

    private static final String BODY = "font-family: Arial, sans-serif; font-size: 19px; line-height: 1.3; "
            + "color: #0b0c0c; background: #ffffff; max-width: 40em; margin: 0; padding: 15px;";

    private MailRenderer() {
    }

    static String text(Letter letter) {
        var out = new StringBuilder();
        out.append(letter.greeting()).append("\n\n").append(letter.heading()).append("\n\n");
        letter.paragraphs().forEach(p -> out.append(p).append("\n\n"));
        letter.sections().forEach(section -> {
            out.append(section.title()).append('\n');
            section.items().forEach(item -> out.append("- ").append(item).append('\n'));
            out.append('\n');
        });
        if (letter.deadline() != null) {
            out.append(letter.deadline()).append("\n\n");
        }
        if (!letter.whatToDo().isEmpty()) {
            out.append("What you need to do\n");
            letter.whatToDo().forEach(item -> out.append("- ").append(item).append('\n'));
            out.append('\n');
        }
        if (letter.action() != null) {
            out.append(letter.action().text()).append(":\n").append(letter.action().url()).append("\n\n");
        }
        out.append("---\n");
        letter.footer().forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    static String html(Letter letter) {
        var out = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(htmlEscape(letter.subject())).append("</title></head><body style=\"").append(BODY)
                .append("\"><p>").append(htmlEscape(letter.greeting())).append("</p><h1 style=\"font-size: 27px;\">")
                .append(htmlEscape(letter.heading())).append("</h1>");
        letter.paragraphs().forEach(p -> out.append("<p>").append(htmlEscape(p)).append("</p>"));
        letter.sections().forEach(section -> {
            out.append("<h2 style=\"font-size: 24px;\">").append(htmlEscape(section.title())).append("</h2>");
            list(out, section.items());
        });
        if (letter.deadline() != null) {
            out.append("<p><strong>").append(htmlEscape(letter.deadline())).append("</strong></p>");
        }
        if (!letter.whatToDo().isEmpty()) {
            out.append("<h2 style=\"font-size: 24px;\">What you need to do</h2>");
            list(out, letter.whatToDo());
        }
        if (letter.action() != null) {
            out.append("<p><a style=\"color: #1d70b8; text-decoration: underline;\" href=\"")
                    .append(htmlEscape(letter.action().url())).append("\">").append(htmlEscape(letter.action().text()))
                    .append("</a></p>");
        }
        out.append("<hr>");
        letter.footer().forEach(line -> out.append("<p style=\"font-size: 16px;\">").append(htmlEscape(line))
                .append("</p>"));
        return out.append("</body></html>").toString();
    }

    private static void list(StringBuilder out, List<String> items) {
        out.append("<ul>");
        items.forEach(item -> out.append("<li>").append(htmlEscape(item)).append("</li>"));
        out.append("</ul>");
    }
}
