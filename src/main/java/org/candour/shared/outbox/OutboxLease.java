package org.candour.shared.outbox;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A lease on the outbox, held in the database (table {@code outbox_lease}), so that of several portal nodes on one
 * database only one resubmits incomplete event publications at a time, and no event is handled twice by two
 * nodes. Each node still handles the events it raises itself, right after their commit; only the work on what is
 * left in the outbox (retries, publications a crashed node left behind) is leased.
 *
 * <p>Like ShedLock: one conditional update, committed at once (no lock is held between calls), that succeeds if
 * this node already holds the lease or the lease has expired. Expiry is measured by the database's clock, so the
 * nodes' clocks need not agree. A node that stops gives the lease up; one that dies loses it after
 * {@code candour.outbox.lease-duration}.
 */
@Component
public class OutboxLease {

    private static final Logger log = LoggerFactory.getLogger(OutboxLease.class);

    private static final String LEASE = "outbox";

    private final JdbcTemplate jdbc;
    private final String holder;
    private final long leaseSeconds;
    private volatile boolean held;

    OutboxLease(JdbcTemplate jdbc, @Value("${candour.outbox.lease-duration:PT30S}") Duration duration,
                @Value("${candour.outbox.node-name:}") String nodeName) {
        this.jdbc = jdbc;
        this.leaseSeconds = Math.max(1, duration.toSeconds());
        this.holder = (nodeName.isBlank() ? defaultNodeName() : nodeName) + "/" + UUID.randomUUID();
    }

    /** Takes or renews the lease; true if this node holds it now and may work the outbox. */
    public boolean tryHold() {
        boolean now;
        try {
            // The duration is a number of our own, not input: it is written into the interval literal.
            now = jdbc.update("update outbox_lease set holder = ?, expires_at = current_timestamp + interval '"
                    + leaseSeconds + "' second where name = ? and (holder = ? or expires_at < current_timestamp)",
                    holder, LEASE, holder) == 1;
        } catch (DataAccessException unreachable) {
            log.warn("Outbox lease not renewed ({}); this node leaves the outbox alone", unreachable.getMessage());
            now = false;
        }
        if (now != held) {
            log.info(now ? "This node ({}) now works the outbox" : "This node ({}) no longer works the outbox",
                    holder);
        }
        held = now;
        return now;
    }

    /** Whether the last {@link #tryHold()} got the lease. */
    public boolean isHeld() {
        return held;
    }

    public String holder() {
        return holder;
    }

    @EventListener(ContextClosedEvent.class)
    void release() {
        if (held) {
            try {
                jdbc.update("update outbox_lease set holder = '', expires_at = current_timestamp "
                        + "where name = ? and holder = ?", LEASE, holder);
            } catch (DataAccessException ignored) {
                // The lease expires by itself.
            }
            held = false;
        }
    }

    private static String defaultNodeName() {
        try {
            return InetAddress.getLocalHost().getHostName() + ":" + ManagementFactory.getRuntimeMXBean().getPid();
        } catch (UnknownHostException e) {
            return "node:" + ManagementFactory.getRuntimeMXBean().getPid();
        }
    }
}
