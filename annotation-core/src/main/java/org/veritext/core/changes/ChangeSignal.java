package org.veritext.core.changes;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * Wakes the followers of the change log when a change is committed: on this node right after the commit, on other
 * nodes through PostgreSQL's NOTIFY ({@link PostgresChangeNotifications}). Followers also wake on their own after a
 * poll interval, so a lost signal delays a change but never loses it: the log, not the signal, is the record.
 */
@Component
public class ChangeSignal {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long announced;
    private long wakeUps;

    /** Says that the log holds changes up to {@code position}. */
    public void announce(long position) {
        lock.lock();
        try {
            if (position > announced) {
                announced = position;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Wakes every waiting follower without announcing anything, e.g. so that it notices it should stop. */
    public void wakeUp() {
        lock.lock();
        try {
            wakeUps++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a change beyond {@code position} is announced, {@link #wakeUp} is called, or the timeout passes.
     *
     * @return true if one was announced
     */
    public boolean awaitBeyond(long position, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            long wakeUpsBefore = wakeUps;
            while (announced <= position && wakeUps == wakeUpsBefore) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            return announced > position;
        } finally {
            lock.unlock();
        }
    }

    /** The highest position announced so far (on this node, or by NOTIFY from others). */
    public long announced() {
        lock.lock();
        try {
            return announced;
        } finally {
            lock.unlock();
        }
    }

}
