package org.veritext.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account and per network address, without letting anyone lock a colleague out.
 *
 * <ul>
 * <li>Per account: after {@value #FREE_ACCOUNT_FAILURES} failed sign-ins within {@link #WINDOW}, each further
 * attempt must wait 1, 2, 4 … seconds (at most {@link #MAX_ACCOUNT_DELAY}) after the last failure. An address from
 * which this account signed in successfully before is exempt: someone guessing a colleague's password from
 * elsewhere cannot keep the colleague out.</li>
 * <li>Per address: after {@value #FREE_ADDRESS_FAILURES} failures within {@link #WINDOW}, whatever the accounts,
 * the same doubling wait (at most {@link #MAX_ADDRESS_DELAY}).</li>
 * </ul>
 * A throttled attempt is refused before the password is checked, so it is not a guess. The state lives in memory,
 * per node, bounded in size; a restart forgets it, which only ever makes sign-in easier.
 */
@Component
public class LoginThrottle {

    static final int FREE_ACCOUNT_FAILURES = 5;
    static final int FREE_ADDRESS_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_ACCOUNT_DELAY = Duration.ofSeconds(60);
    static final Duration MAX_ADDRESS_DELAY = Duration.ofMinutes(5);
    private static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final Map<String, Failures> byAccount = boundedMap();
    private final Map<String, Failures> byAddress = boundedMap();
    private final Map<String, Set<String>> knownAddresses = boundedMap();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this attempt must still wait; zero if it may go ahead. */
    public synchronized Duration waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        if (!isKnown(username, address)) {
            wait = remaining(byAccount.get(key(username)), FREE_ACCOUNT_FAILURES, MAX_ACCOUNT_DELAY, now);
        }
        Duration addressWait = remaining(byAddress.get(address), FREE_ADDRESS_FAILURES, MAX_ADDRESS_DELAY, now);
        return addressWait.compareTo(wait) > 0 ? addressWait : wait;
    }

    /** Records a wrong password; returns how many failures this account has had within the window. */
    public synchronized int failed(String username, String address) {
        Instant now = clock.instant();
        byAddress.computeIfAbsent(address, a -> new Failures()).add(now);
        Failures account = byAccount.computeIfAbsent(key(username), u -> new Failures());
        account.add(now);
        return account.count;
    }

    public synchronized void succeeded(String username, String address) {
        byAccount.remove(key(username));
        byAddress.remove(address);
        knownAddresses.computeIfAbsent(key(username), u -> ConcurrentHashMap.newKeySet()).add(address);
    }

    private boolean isKnown(String username, String address) {
        Set<String> known = knownAddresses.get(key(username));
        return known != null && known.contains(address);
    }

    private Duration remaining(Failures failures, int free, Duration max, Instant now) {
        if (failures == null || failures.expired(now) || failures.count < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count - free, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        if (delay.compareTo(max) > 0) {
            delay = max;
        }
        Duration remaining = Duration.between(now, failures.last.plus(delay));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static <V> Map<String, V> boundedMap() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_TRACKED;
            }
        };
    }

    /** Failures within the window that started with the first of them. */
    private static final class Failures {
        private Instant first;
        private Instant last;
        private int count;

        void add(Instant now) {
            if (first == null || expired(now)) {
                first = now;
                count = 0;
            }
            last = now;
            count++;
        }

        boolean expired(Instant now) {
            return first != null && Duration.between(first, now).compareTo(WINDOW) > 0
                    && Duration.between(last, now).compareTo(WINDOW) > 0;
        }
    }
}
