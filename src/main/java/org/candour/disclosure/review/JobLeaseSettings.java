package org.candour.disclosure.review;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a running redaction job's lease lasts ({@code candour.disclosure.job-lease}, 10 minutes by default): the
 * node running it renews it at least ten times in that span; a job whose lease ran out is failed by any node.
 */
@Component
class JobLeaseSettings {

    private final Duration lease;

    JobLeaseSettings(@Value("${candour.disclosure.job-lease:PT10M}") Duration lease) {
        if (lease.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("candour.disclosure.job-lease must be at least a minute, not " + lease);
        }
        this.lease = lease;
    }

    Duration lease() {
        return lease;
    }

    Duration heartbeat() {
        return lease.dividedBy(10);
    }
}
