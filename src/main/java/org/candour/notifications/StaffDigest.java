package org.candour.notifications;

import java.time.Clock;
import java.util.List;
import org.candour.identity.Role;
import org.candour.identity.StaffAccountSummary;
import org.candour.identity.StaffAccounts;
import org.candour.notifications.internal.DigestMail;
import org.candour.requests.QueueItem;
import org.candour.requests.WorkWaiting;
import org.candour.shared.LondonTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The daily email to staff: to each caseworker (and supervisor doing casework) the requests assigned to them that
 * are overdue, due within {@value WorkWaiting#DUE_SOON_WORKING_DAYS} working days, or whose footage is at risk of
 * deletion; to each supervisor the restrictions waiting for their sign-off. Accounts without an email address, and
 * people with nothing waiting, get nothing. One email per person per London day, whatever the number of runs or
 * nodes; one that fails is sent by the next run of the day, or the next day.
 */
@Service
public class StaffDigest {

    private static final Logger log = LoggerFactory.getLogger(StaffDigest.class);

    /** What one run did: emails sent, already sent today, accounts with nothing waiting, emails that failed. */
    public record Run(int sent, int alreadySent, int nothingWaiting, int failed) {
    }

    private final StaffAccounts accounts;
    private final WorkWaiting work;
    private final DigestMail mail;
    private final Clock clock;

    StaffDigest(StaffAccounts accounts, WorkWaiting work, DigestMail mail, Clock clock) {
        this.accounts = accounts;
        this.work = work;
        this.mail = mail;
        this.clock = clock;
    }

    public Run sendToAll() {
        var today = LondonTime.today(clock);
        int sent = 0;
        int already = 0;
        int nothing = 0;
        int failed = 0;
        for (var account : accounts.withEmail()) {
            List<QueueItem> casework = doesCasework(account) ? work.assignedTo(account.username()) : List.of();
            List<QueueItem> signOffs = account.has(Role.SUPERVISOR)
                    ? work.awaitingSignOffBy(account.username()) : List.of();
            if (casework.isEmpty() && signOffs.isEmpty()) {
                nothing++;
                continue;
            }
            try {
                if (mail.sendOnce(account, casework, signOffs, today)) {
                    sent++;
                } else {
                    already++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.warn("The digest for one account was not sent ({}); the next run tries again",
                        e.getClass().getSimpleName());
            }
        }
        log.info("Staff digest for {}: {} sent, {} already sent, {} with nothing waiting, {} failed", today, sent,
                already, nothing, failed);
        return new Run(sent, already, nothing, failed);
    }

    private static boolean doesCasework(StaffAccountSummary account) {
        return account.has(Role.CASEWORKER) || account.has(Role.SUPERVISOR);
    }
}
