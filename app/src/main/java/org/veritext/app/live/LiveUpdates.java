package org.veritext.app.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.veritext.core.changes.Change;
import org.veritext.core.changes.ChangeFollower;
import org.veritext.core.changes.ChangeLog;

/**
 * The open browsers of this node, as a follower of the change log: each view subscribes to the changes it shows,
 * and gets them pushed (Vaadin {@code @Push}) within moments of their commit, on whichever node they were made.
 * Views re-read what changed through the services, as the signed-in user, so a change never shows more than that
 * user may see. The follower never waits for a browser: it only queues work on each UI.
 */
@Component
public class LiveUpdates implements ChangeFollower {

    private final ChangeLog changeLog;
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();

    LiveUpdates(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    /**
     * Calls {@code listener} in {@code ui}'s session, as the user signed in there now, with each batch of committed
     * changes that {@code relevant} accepts. Subscribe when a view is attached; remove the registration when it is
     * detached.
     */
    public Registration subscribe(UI ui, Predicate<Change> relevant, Consumer<List<Change>> listener) {
        Subscription subscription = new Subscription(SignedInUi.of(ui), relevant, listener);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    @Override
    public String name() {
        return "live-updates";
    }

    /** Open browsers need only what happens from now on. */
    @Override
    public long startPosition() {
        return changeLog.head();
    }

    @Override
    public void apply(List<Change> changes) {
        for (Subscription subscription : subscriptions) {
            List<Change> relevant = changes.stream().filter(subscription.relevant()).toList();
            if (!relevant.isEmpty()) {
                deliver(subscription, relevant);
            }
        }
    }

    private void deliver(Subscription subscription, List<Change> changes) {
        if (!subscription.page().run(() -> subscription.listener().accept(changes))) {
            subscriptions.remove(subscription);
        }
    }

    private record Subscription(SignedInUi page, Predicate<Change> relevant, Consumer<List<Change>> listener) {
    }
}
