package org.candour.notifications.internal;

import java.util.List;
import java.util.Objects;
import org.candour.identity.StaffAccountSummary;
import org.candour.identity.StaffAccounts;
import org.candour.requests.IdentityDocumentsSent;
import org.candour.requests.InternalReviewAsked;
import org.candour.requests.RequestSnapshots;
import org.candour.requests.RequestWithdrawnByRequester;
import org.candour.requests.RequesterActed;
import org.candour.requests.RequesterReplied;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the caseworker a request is assigned to when its requester acts on the tracking page (replies, sends
 * identity documents, withdraws, asks for a review), once per action, at the work address on their staff account.
 * Nobody assigned, or no address: no email; the case page and the queue show the action either way.
 */
@Component
class CaseworkerNotifier {

    private static final Logger log = LoggerFactory.getLogger(CaseworkerNotifier.class);
    static final String KIND = "REQUESTER_ACTED";

    private final StaffAccounts staff;
    private final RequestSnapshots requests;
    private final SentMessages sent;
    private final Postman postman;
    private final MailLinks links;

    CaseworkerNotifier(StaffAccounts staff, RequestSnapshots requests, SentMessages sent, Postman postman,
                       MailLinks links) {
        this.staff = staff;
        this.requests = requests;
        this.sent = sent;
        this.postman = postman;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(RequesterActed event) {
        if (event.assignedTo() == null) {
            return;
        }
        var to = staff.findByUsername(event.assignedTo()).filter(StaffAccountSummary::enabled)
                .filter(account -> account.email() != null);
        var request = requests.find(event.requestId());
        if (to.isEmpty() || request.isEmpty() || !sent.claim(KIND + ":" + event.actionId(), KIND)) {
            return;
        }
        postman.send(Objects.requireNonNull(to.get().email()), letter(event, request.get().reference(), to.get()));
        log.info("Told the assigned caseworker of a requester's action on request {}", event.requestId());
    }

    static String whatHappened(RequesterActed event) {
        return switch (event) {
            case RequesterReplied reply -> "The requester replied" + (reply.attachments() > 0
                    ? " with " + reply.attachments() + (reply.attachments() == 1 ? " file" : " files") : "")
                    + (reply.clockResumed() ? ". The clock runs again from the day the reply arrived (s.54(3C))."
                    : ".");
            case IdentityDocumentsSent sent -> "The requester sent " + sent.documents() + " identity "
                    + (sent.documents() == 1 ? "document." : "documents.");
            case RequestWithdrawnByRequester withdrawn -> "The requester withdrew the request.";
            case InternalReviewAsked review -> "The requester asked for an internal review of the decision. "
                    + "Someone other than the original decision-maker must decide it.";
        };
    }

    private Letter letter(RequesterActed event, String reference, StaffAccountSummary to) {
        return new Letter("Request " + reference + ": the requester has acted", "Dear " + to.displayName() + ",",
                "News on request " + reference, List.of(whatHappened(event)), null,
                List.of(event instanceof RequesterReplied ? "Check the reply: confirm it answers your question, or ask "
                        + "again." : "Open the case to see what changed."),
                new Letter.Link("Open request " + reference, links.to("staff/requests/" + reference)),
                List.of("You get this email because the request is assigned to you.",
                        "This email was sent automatically. Replies to it are not read."));
    }
}
