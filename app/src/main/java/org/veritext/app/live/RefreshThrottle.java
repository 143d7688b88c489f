package org.veritext.app.live;

import java.time.Duration;

/**
 * Refreshes a view at most once per interval however fast changes arrive: the first request at once, every request
 * within the interval after it folded into one refresh at its end. Requested and run in the view's session only
 * (from a live update, a click), so it needs no locks.
 */
public final class RefreshThrottle {

    private final LiveTimer timer;
    private final SignedInUi page;
    private final Duration interval;
    private final Runnable refresh;
    private long lastRunNanos;
    private boolean ranOnce;
    private boolean pending;
    private boolean closed;

    public RefreshThrottle(LiveTimer timer, SignedInUi page, Duration interval, Runnable refresh) {
        this.timer = timer;
        this.page = page;
        this.interval = interval;
        this.refresh = refresh;
    }

    public void request() {
        if (closed || pending) {
            return;
        }
        long sinceLast = System.nanoTime() - lastRunNanos;
        if (!ranOnce || sinceLast >= interval.toNanos()) {
            run();
        } else {
            pending = true;
            timer.later(Duration.ofNanos(interval.toNanos() - sinceLast), () -> page.run(this::runPending));
        }
    }

    /** The view is gone: a refresh still pending is dropped. */
    public void close() {
        closed = true;
    }

    private void runPending() {
        pending = false;
        if (!closed) {
            run();
        }
    }

    private void run() {
        ranOnce = true;
        lastRunNanos = System.nanoTime();
        refresh.run();
    }
}
