package org.candour.notifications.internal;

import java.time.LocalDate;
import java.util.List;
import org.candour.shared.LondonTime;

/**
 * The letters about released footage. They name the last day and send the requester to the tracking page, where
 * reference and secret open the footage: never a link to the footage itself, never the secret.
 */
final class DeliveryLetters {

    private DeliveryLetters() {
    }

    /** A letter waiting for the requester's name, the only personal data it carries. */
    record Draft(String reference, String heading, List<String> paragraphs, String deadline, List<String> whatToDo,
                 MailLinks links) {

        Letter to(String fullName) {
            return new Letter(heading + " (" + reference + ")", "Dear " + fullName + ",", heading, paragraphs,
                    deadline, whatToDo, new Letter.Link("Track your request", links.track()),
                    RequesterLetters.footer(reference));
        }
    }

    static Draft ready(String reference, LocalDate lastDay, MailLinks links) {
        return new Draft(reference, "Your footage is ready",
                List.of("We have released a copy of the body-worn video to you. Other people in it may be blurred "
                                + "or their voices muted, to protect them.",
                        "You can watch it in your browser or download it from the tracking page, with your "
                                + "reference and your secret. We never send your secret or the footage by email.",
                        "If you would rather watch it at a police station, you can choose a time on the tracking "
                                + "page."),
                "You can watch or download it until the end of " + LondonTime.inWordsWithDay(lastDay)
                        + ". After that the copy is deleted.",
                List.of("Go to the tracking page and enter your reference and secret."), links);
    }

    static Draft expiring(String reference, LocalDate lastDay, MailLinks links) {
        return new Draft(reference, "Your footage will be deleted in 3 days",
                List.of("The copy of the body-worn video we released to you will be deleted soon.",
                        "If you want to keep it, download it from the tracking page before then, with your "
                                + "reference and your secret."),
                "It will be deleted after the end of " + LondonTime.inWordsWithDay(lastDay) + ".",
                List.of("Go to the tracking page and download your footage if you want to keep it."), links);
    }
}
