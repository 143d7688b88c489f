package org.veritext.core;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.veritext.core.changes.ChangeLogProperties;

/** The annotation-core module: its services, entities and repositories. Import it to use the domain. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EntityScan
@EnableJpaRepositories
@EnableConfigurationProperties(ChangeLogProperties.class)
public class CoreConfiguration {

    /**
     * The time services stamp on what they save, in whole microseconds: what both H2 and PostgreSQL store, so a
     * claim reads back exactly as it was returned when saved.
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** BCrypt, behind the {@code {bcrypt}} prefix so that hashes can move to a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
