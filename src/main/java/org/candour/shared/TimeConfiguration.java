package org.candour.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @Profile("!demo")
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The demo replays its history through the services at the time of each event (DemoHistory). */
    @Bean
    @Profile("demo")
    ReplayClock replayClock() {
        return new ReplayClock(Clock.systemUTC());
    }
}
