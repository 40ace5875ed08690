package org.candour.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.candour.audit.AuditLog;
import org.candour.support.ClockTestConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

/** The head written to the log is the one the verification API reports, so the two can be compared later. */
@SpringBootTest
@Import(ClockTestConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class ChainHeadPublisherIT {

    @Autowired
    ChainHeadPublisher publisher;
    @Autowired
    AuditLog log;

    @Test
    void theHeadGoesToTheLogWithItsSequenceAndHash(CapturedOutput output) {
        log.record("publisher-test", "VIEWED", "HEAD-PUBLISHER", "");
        var head = log.head();

        publisher.publish();

        assertThat(output.getOut()).contains("Audit chain head: sequence " + head.sequence() + " hash " + head.hash());
        assertThat(log.holds(head)).isTrue();
    }
}
