package org.veritext.core.changes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link ChangeFollower} of the application on a daemon thread of its own: read the changes after its
 * position, hand them over, and wait for the {@link ChangeSignal} (or the poll interval) when there are none. A
 * failing follower is retried with growing pauses and logged, never skipped ahead.
 */
@Component
class ChangeFollowers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeFollowers.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final List<ChangeFollower> followers;
    private final ChangeLog changeLog;
    private final ChangeSignal signal;
    private final ChangeLogProperties properties;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    ChangeFollowers(List<ChangeFollower> followers, ChangeLog changeLog, ChangeSignal signal,
                    ChangeLogProperties properties) {
        this.followers = followers;
        this.changeLog = changeLog;
        this.signal = signal;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        running = true;
        signal.announce(changeLog.head());
        for (ChangeFollower follower : followers) {
            Thread thread = Thread.ofPlatform().daemon().name("follow-" + follower.name())
                    .unstarted(() -> follow(follower));
            threads.add(thread);
            thread.start();
        }
    }

    @Override
    public synchronized void stop() {
        // No interrupts: an interrupted thread in the middle of Lucene's file I/O closes the index's file channels.
        running = false;
        signal.wakeUp();
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Followers start after the rest of the application and stop before it (the index commits on close). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    private void follow(ChangeFollower follower) {
        long position;
        try {
            position = follower.startPosition();
        } catch (RuntimeException e) {
            log.error("Follower {} could not start; it will not follow the change log", follower.name(), e);
            return;
        }
        log.info("Follower {} follows the change log from position {}", follower.name(), position);
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                List<Change> changes = changeLog.after(position, properties.batchSize());
                if (changes.isEmpty()) {
                    follower.caughtUp();
                    signal.awaitBeyond(position, properties.pollInterval());
                } else {
                    follower.apply(changes);
                    position = changes.getLast().position();
                }
                backoff = Duration.ZERO;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                backoff = backoff.isZero() ? Duration.ofMillis(250) : min(backoff.multipliedBy(2), MAX_BACKOFF);
                log.error("Follower {} failed after position {}; retrying in {} ms", follower.name(), position,
                        backoff.toMillis(), e);
                try {
                    signal.awaitBeyond(Long.MAX_VALUE, backoff); // a pause that stop() can cut short
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
