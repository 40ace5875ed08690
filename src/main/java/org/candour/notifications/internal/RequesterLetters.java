package org.candour.notifications.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.candour.requests.Correspondence;
import org.candour.requests.RequestState;
import org.candour.shared.LondonTime;
import org.jspecify.annotations.Nullable;

/**
 * The letters to a requester, one per {@link Notice}. They carry the reference and the requester's name, and never
 * the tracking secret nor anything else the requester told us; what a caseworker wrote (a question, a message) is
 * read on the tracking page, behind reference and secret, not in the email. Dates are London dates.
 */
final class RequesterLetters {

    static final String ICO_ROUTE = "If you are unhappy with how we handled your request, you can ask the "
            + "Information Commissioner's Office (ICO) to check it (section 51 of the Data Protection Act 2018), "
            + "or complain to them: https://ico.org.uk/make-a-complaint/ or 0303 123 1113.";

    private RequesterLetters() {
    }

    static Letter compose(Trigger trigger, Correspondence about, MailLinks links) {
        String reference = about.to().reference();
        var content = switch (trigger.notice()) {
            case RECEIVED -> received(about);
            case IDENTITY_ASKED -> new Content("We need more proof of your identity",
                    List.of("We need more identity documents from you before we can search for footage. Our "
                            + "message on the tracking page says what we need.",
                            "The one-month time limit for our reply starts when we have confirmed who you are "
                                    + "(section 54(3) of the Data Protection Act 2018)."),
                    null, List.of("Read our message and send what it asks for."));
            case CLOCK_STARTED -> new Content("We have confirmed your identity",
                    List.of("We have confirmed who you are and are now looking for footage."),
                    due("We must reply by", about.dueDate()),
                    List.of("You do not need to do anything. We will email you when something changes."));
            case CLARIFICATION_ASKED -> new Content("We have a question about your request",
                    List.of("We need more information to find your footage. Read our question on the tracking page.",
                            "The time limit for our reply is paused until we receive your answer (section "
                                    + "54(3C) of the Data Protection Act 2018)."),
                    due("If we receive your answer today, we must reply by", about.dueDate()),
                    List.of("Read our question and answer it as soon as you can."));
            case CLOCK_RESUMED -> new Content("We have received your answer",
                    List.of("Thank you for answering our question. The time limit for our reply is running again."),
                    due("We must reply by", about.dueDate()),
                    List.of("You do not need to do anything. We will email you when something changes."));
            case EXTENDED -> extended(about);
            case MESSAGE -> new Content("We have sent you a message",
                    List.of("We have written to you about your request. Read our message on the tracking page."),
                    null, List.of("Read our message."));
            case DECISION -> decision(trigger.movedTo());
            case WITHDRAWN -> new Content("Your request has been withdrawn",
                    List.of("Your request has been withdrawn and we have stopped working on it.",
                            "You can make a new request at any time."),
                    null, List.of());
            case FOOTAGE_READY, FOOTAGE_EXPIRING -> throw new IllegalArgumentException(
                    trigger.notice() + " is written by DeliveryLetters");
        };
        return new Letter(content.heading() + " (" + reference + ")", "Dear " + about.to().fullName() + ",",
                content.heading(), content.paragraphs(), content.deadline(), content.whatToDo(),
                new Letter.Link("Track your request", links.track()), footer(reference));
    }

    private static Content received(Correspondence about) {
        var paragraphs = new ArrayList<>(List.of(
                "We have received your request for body-worn video of you. Your reference is "
                        + about.to().reference() + ".",
                "Keep your reference with the secret you were shown when you sent the request: you need both to "
                        + "track it. We never send your secret by email.",
                "We will check your identity documents first. The one-month time limit for our reply starts when "
                        + "we have confirmed who you are (section 54(3) of the Data Protection Act 2018)."));
        if (!about.footagePreserved()) {
            paragraphs.add("Footage that is not kept as evidence is normally deleted 31 days after it was recorded, "
                    + "for this incident on " + LondonTime.inWords(about.footageDeletionDate()) + ", unless we "
                    + "protect it. We will look for it and protect it as soon as we can.");
        }
        return new Content("We have received your request", paragraphs, null,
                List.of("You do not need to do anything now. We will email you when something changes."));
    }

    private static Content extended(Correspondence about) {
        int months = about.extensionMonths();
        var paragraphs = new ArrayList<String>();
        paragraphs.add("We need more time to answer your request. We have extended the time limit by " + months
                + (months == 1 ? " month" : " months") + ", as section 54(3A) of the Data Protection Act 2018 "
                + "allows for complex requests.");
        if (about.extensionReason() != null) {
            paragraphs.add("Our reason: " + about.extensionReason());
        }
        paragraphs.add(ICO_ROUTE);
        return new Content("We need more time to answer your request", paragraphs,
                due("We must now reply by", about.dueDate()),
                List.of("You do not need to do anything. We will email you when something changes."));
    }

    private static Content decision(@Nullable RequestState outcome) {
        String heading = switch (outcome) {
            case DISCLOSED -> "We will release the footage to you";
            case PARTIALLY_DISCLOSED -> "We will release part of the footage to you";
            case REFUSED -> "We cannot release the footage to you";
            case NO_FOOTAGE_HELD -> "We do not hold footage that matches your request";
            case null, default -> "We have decided on your request";
        };
        return new Content(heading, List.of("We have made a decision on your request. Our letter on the tracking "
                        + "page explains it and the reasons.",
                "If you disagree with our decision, you can ask us to review it.", ICO_ROUTE),
                null, List.of("Read our letter on the tracking page."));
    }

    private static @Nullable String due(String lead, @Nullable LocalDate date) {
        return date == null ? null : lead + " " + LondonTime.inWordsWithDay(date) + ".";
    }

    static List<String> footer(String reference) {
        return List.of("Your reference: " + reference,
                "We will never ask for your tracking secret by email or telephone.",
                "This email was sent automatically. Replies to it are not read.");
    }

    private record Content(String heading, List<String> paragraphs, @Nullable String deadline,
                           List<String> whatToDo) {
    }
}
