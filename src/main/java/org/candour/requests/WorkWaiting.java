package org.candour.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.candour.requests.internal.QueueReader;
import org.candour.shared.LondonTime;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for one member of staff, for the daily digest (a scheduled job: no one is signed in). From the
 * casework queue's own reading of the database, with {@link Urgency}'s rules for overdue, footage at risk and due
 * soon; no requester identity.
 */
@Service
public class WorkWaiting {

    /** "Due soon" in the digest: due today or within this many working days. */
    public static final int DUE_SOON_WORKING_DAYS = 5;
    private static final int MOST = 500;

    private final QueueReader queue;
    private final Clock clock;

    WorkWaiting(QueueReader queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    /** Open requests assigned to {@code username} that are overdue, due soon, or whose footage is at risk. */
    @Transactional(readOnly = true)
    public List<QueueItem> assignedTo(String username) {
        LocalDate today = LondonTime.today(clock);
        var mine = new QueueFilter(null, null, null, null, username, false, false, false);
        return queue.page(mine, username, PageRequest.of(0, MOST)).stream()
                .filter(item -> item.overdue() || item.atRisk()
                        || Urgency.dueWithin(DUE_SOON_WORKING_DAYS, item.state(), item.dueOn(), today))
                .toList();
    }

    /** Restrictions proposed by someone else that {@code supervisor} may sign off (s.45(4)). */
    @Transactional(readOnly = true)
    public List<QueueItem> awaitingSignOffBy(String supervisor) {
        var waiting = new QueueFilter(null, null, null, null, null, false, false, true);
        return queue.page(waiting, supervisor, PageRequest.of(0, MOST));
    }
}
