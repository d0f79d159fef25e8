package org.yishi.web.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The clock is a bean so that tests can move time, to see an invitation expire. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
