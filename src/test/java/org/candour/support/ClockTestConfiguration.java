package org.candour.support;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the system clock with one the test moves: 26 November 2026, 10:00 UTC unless set otherwise. */
@TestConfiguration(proxyBeanMethods = false)
public class ClockTestConfiguration {

    public static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(START);
    }
}
