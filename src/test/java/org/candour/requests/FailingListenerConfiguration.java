package org.candour.requests;

import java.util.UUID;
import org.candour.requests.domain.FootageRequestRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * Simulates a crash in the middle of filing: a listener that runs inside the filing transaction throws for the
 * chosen submission, after the request and its documents have been written.
 */
@TestConfiguration(proxyBeanMethods = false)
class FailingListenerConfiguration {

    static volatile @Nullable UUID failFor;

    @Bean
    CrashingListener crashingListener(FootageRequestRepository requests) {
        return new CrashingListener(requests);
    }

    static class CrashingListener {

        private final FootageRequestRepository requests;

        CrashingListener(FootageRequestRepository requests) {
            this.requests = requests;
        }

        @EventListener
        void on(RequestSubmitted event) {
            var request = requests.findById(event.requestId()).orElseThrow();
            if (request.submissionKey().equals(failFor)) {
                throw new IllegalStateException("simulated crash during filing");
            }
        }
    }
}
