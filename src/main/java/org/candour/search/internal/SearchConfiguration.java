package org.candour.search.internal;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The indexer runs after commit on its own thread (Modulith listeners are asynchronous); retries are scheduled.
 * A listener that fails leaves its event in the outbox to be retried, so an unreachable Elasticsearch is logged
 * as one line, not a stack trace per event.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class SearchConfiguration implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (failure, method, params) -> {
            String listener = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            if (failure instanceof IOException) {
                log.warn("{} failed ({}); the event stays in the outbox and will be retried", listener,
                        failure.getMessage());
            } else {
                log.error("{} failed; the event stays in the outbox and will be retried", listener, failure);
            }
        };
    }
}
