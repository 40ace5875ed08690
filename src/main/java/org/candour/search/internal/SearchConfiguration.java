package org.candour.search.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The indexer runs after commit on its own thread (Modulith listeners are asynchronous); retries are scheduled. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class SearchConfiguration {
}
