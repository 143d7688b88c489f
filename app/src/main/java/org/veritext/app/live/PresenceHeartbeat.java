package org.veritext.app.live;

import java.util.concurrent.ScheduledFuture;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.veritext.core.presence.PresenceService;

/**
 * The node's presence heartbeat, every {@link PresenceService#HEARTBEAT}: keeps this node's open article views
 * present (a node that stops beating drops out of everyone's avatars once its rows go stale), then lets each open
 * view re-read who is there, which is how views learn of people arriving and leaving on other nodes.
 */
@Component
class PresenceHeartbeat implements SmartLifecycle {

    private final PresenceService presence;
    private final OpenArticleViews openViews;
    private final LiveTimer timer;
    private volatile ScheduledFuture<?> beating;

    PresenceHeartbeat(PresenceService presence, OpenArticleViews openViews, LiveTimer timer) {
        this.presence = presence;
        this.openViews = openViews;
        this.timer = timer;
    }

    void beat() {
        presence.keepAlive(openViews.viewIds());
        openViews.refreshAll();
    }

    @Override
    public void start() {
        beating = timer.every(PresenceService.HEARTBEAT, this::beat);
    }

    @Override
    public void stop() {
        beating.cancel(false);
        beating = null;
        openViews.leaveAll();
    }

    @Override
    public boolean isRunning() {
        return beating != null;
    }
}
