package org.veritext.app.live;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The node's one timer thread for open pages: the presence heartbeat and refreshes put off by a
 * {@link RefreshThrottle}. Its tasks only queue work on pages (or do a short database update), so one thread is
 * enough. A failing task is logged and does not stop the ones that repeat.
 */
@Component
public class LiveTimer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveTimer.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-timer").factory());

    /** Runs the task once, after the delay. */
    public void later(Duration delay, Runnable task) {
        executor.schedule(guarded(task), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs the task again and again, {@code pause} after each run ends; cancel the future to stop it. */
    public ScheduledFuture<?> every(Duration pause, Runnable task) {
        return executor.scheduleWithFixedDelay(guarded(task), pause.toNanos(), pause.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** No interrupts: a task may be in the middle of a database call; it is let finish. */
    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("A timed task for open pages failed", e);
            }
        };
    }
}
