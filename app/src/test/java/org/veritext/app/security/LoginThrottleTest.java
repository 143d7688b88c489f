package org.veritext.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void letsFiveFailuresThroughThenDoublesTheWaitPerAccount() {
        failTimes("ana", "10.0.0.1", LoginThrottle.FREE_ACCOUNT_FAILURES - 1);
        assertThat(throttle.waitBefore("ana", "10.0.0.1")).isZero();

        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.waitBefore("ana", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("ANA ", "10.0.0.9")).as("same account, any case, any address")
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("rui", "10.0.0.9")).as("another account").isZero();

        throttle.failed("ana", "10.0.0.1");
        assertThat(throttle.waitBefore("ana", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofMillis(1500));
        assertThat(throttle.waitBefore("ana", "10.0.0.1")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void neverMakesAnAccountWaitLongerThanAMinute() {
        failTimes("ana", "10.0.0.1", 40);

        assertThat(throttle.waitBefore("ana", "10.0.0.2")).isEqualTo(LoginThrottle.MAX_ACCOUNT_DELAY);
    }

    @Test
    void anAddressThatSignedInBeforeIsNotHeldUpBySomeoneGuessingFromElsewhere() {
        throttle.succeeded("ana", "192.168.1.20"); // Ana's desk
        failTimes("ana", "203.0.113.66", 12); // an attacker

        assertThat(throttle.waitBefore("ana", "203.0.113.66")).isPositive();
        assertThat(throttle.waitBefore("ana", "192.168.1.20")).isZero();
    }

    @Test
    void throttlesAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < LoginThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("user" + i, "203.0.113.66");
        }

        assertThat(throttle.waitBefore("someone-new", "203.0.113.66")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("someone-new", "198.51.100.7")).isZero();
    }

    @Test
    void forgetsFailuresAfterAQuietWindowAndAfterASuccess() {
        failTimes("ana", "10.0.0.1", 8);
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.waitBefore("ana", "10.0.0.1")).isZero();

        failTimes("rui", "10.0.0.2", 8);
        throttle.succeeded("rui", "10.0.0.2");
        assertThat(throttle.waitBefore("rui", "10.0.0.3")).isZero();
    }

    @Test
    void countsFailuresInARowForTheLog() {
        assertThat(throttle.failed("ana", "10.0.0.1")).isEqualTo(1);
        assertThat(throttle.failed("ana", "10.0.0.2")).isEqualTo(2);
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
