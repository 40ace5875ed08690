package org.candour.notifications.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.candour.identity.StaffAccountSummary;
import org.candour.requests.QueueItem;
import org.candour.requests.Urgency;
import org.candour.requests.WorkWaiting;
import org.candour.shared.LondonTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes and sends one staff digest, once per person and London day (key {@code DIGEST:username:date}). */
@Component
public class DigestMail {

    private final SentMessages sent;
    private final Postman postman;
    private final MailLinks links;

    DigestMail(SentMessages sent, Postman postman, MailLinks links) {
        this.sent = sent;
        this.postman = postman;
        this.links = links;
    }

    /** False if this person's digest of the day was already sent. */
    @Transactional
    public boolean sendOnce(StaffAccountSummary to, List<QueueItem> casework, List<QueueItem> signOffs,
                         LocalDate today) {
        if (!sent.claim("DIGEST:" + to.username() + ":" + today, "STAFF_DIGEST")) {
            return false;
        }
        postman.send(Objects.requireNonNull(to.email()), letter(to, casework, signOffs, today));
        return true;
    }

    private Letter letter(StaffAccountSummary to, List<QueueItem> casework, List<QueueItem> signOffs,
                         LocalDate today) {
        var sections = new ArrayList<Letter.Section>();
        section(sections, "Footage at risk of deletion", casework, QueueItem::atRisk,
                item -> "footage normally deleted on " + LondonTime.inWords(item.footageDeletionDate()));
        section(sections, "Overdue", casework, QueueItem::overdue,
                item -> "was due " + LondonTime.inWords(Objects.requireNonNull(item.dueOn())));
        section(sections, "Due within " + WorkWaiting.DUE_SOON_WORKING_DAYS + " working days", casework,
                item -> Urgency.dueWithin(WorkWaiting.DUE_SOON_WORKING_DAYS, item.state(), item.dueOn(), today),
                item -> "due " + LondonTime.inWordsWithDay(Objects.requireNonNull(item.dueOn())));
        section(sections, "Restrictions waiting for your sign-off (s.45(4))", signOffs, item -> true,
                item -> item.state().staffName());
        return new Letter("What waits for you on " + LondonTime.inWords(today), "Dear " + to.displayName() + ",",
                "What waits for you today", List.of("These requests need your attention today."), sections, null,
                List.of("Preserve footage at risk first: once deleted, it cannot be recovered."),
                new Letter.Link("Open the casework queue", links.to("staff/queue")),
                List.of("You get this email because your staff account has this address. An administrator can "
                        + "change or remove it.", "This email was sent automatically. Replies to it are not read."));
    }

    private static void section(List<Letter.Section> sections, String title, List<QueueItem> items,
                                Predicate<QueueItem> belongs, Function<QueueItem, String> detail) {
        var lines = items.stream().filter(belongs)
                .map(item -> item.reference() + " (" + item.boroughName() + "): " + detail.apply(item)).toList();
        if (!lines.isEmpty()) {
            sections.add(new Letter.Section(title + " (" + lines.size() + ")", lines));
        }
    }
}
