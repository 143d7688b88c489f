package org.veritext.core.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition that another thread, process or node brings about: checks it every few milliseconds and
 * fails with the description when it is not met in time. A wait for a condition, never a sleep that hopes.
 */
public final class Eventually {

    private static final Duration CHECK_EVERY = Duration.ofMillis(10);

    private Eventually() {
    }

    public static void await(String what, Duration patience, BooleanSupplier condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + patience.toMillis() + " ms: " + what);
            }
            LockSupport.parkNanos(CHECK_EVERY.toNanos());
        }
    }

    /** Waits until {@code value} gives a non-null result, and returns it. */
    public static <T> T await(String what, Duration patience, Supplier<T> value) {
        Object[] result = new Object[1];
        await(what, patience, () -> (result[0] = value.get()) != null);
        @SuppressWarnings("unchecked")
        T found = (T) result[0];
        return found;
    }
}
