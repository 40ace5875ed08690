package org.candour.audit.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Audit events are recorded asynchronously after commit, and failed ones are retried on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class AuditConfiguration {
}
