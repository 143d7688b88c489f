package org.veritext.app.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.veritext.core.DomainException;
import org.veritext.core.presence.PresenceService;
import org.veritext.core.user.CurrentUser;
import org.veritext.core.user.Person;

/**
 * The article views open on this node, for presence. A view is entered in {@link PresenceService} when it opens and
 * left when it closes; the other views of the same article on this node are told at once, views on other nodes at
 * their node's next {@link PresenceHeartbeat}, which also keeps this node's views alive — but only those whose
 * browser said {@link Visit#stillHere()} lately. A browser that dies without closing its page (crash, quit, lost
 * network) leaves its view open on the server for many minutes; without its pings the view goes stale in
 * {@link PresenceService#HEARTBEAT} times three, and its avatar with it.
 */
@Component
public class OpenArticleViews {

    private static final Logger log = LoggerFactory.getLogger(OpenArticleViews.class);
    /** One missed ping and a margin (a ping may queue behind a slow request of the same page). */
    static final Duration BROWSER_SILENT_TOO_LONG = PresenceService.HEARTBEAT.multipliedBy(2);

    private final PresenceService presence;
    private final CurrentUser currentUser;
    private final NodeName node;
    private final Map<String, OpenView> views = new ConcurrentHashMap<>();

    OpenArticleViews(PresenceService presence, CurrentUser currentUser, NodeName node) {
        this.presence = presence;
        this.currentUser = currentUser;
        this.node = node;
    }

    /** Who has an article open, and which of them is the one looking. */
    public record Present(List<Person> people, UUID you) {
    }

    /** One open article view's stay: its browser pings it, and it ends when the view closes. */
    public interface Visit extends Registration {

        /** The browser is still there; call it in the page's thread, every {@link PresenceService#HEARTBEAT}. */
        void stillHere();
    }

    /**
     * Enters the signed-in user in the article, and calls {@code show} in his page with who is there now: at once,
     * and again whenever that may have changed. Call it in the page's own thread (on attach); let the browser call
     * {@link Visit#stillHere()} while it shows the view, and remove the visit when the view closes.
     */
    public Visit open(UI ui, UUID articleId, Consumer<Present> show) {
        UUID you = currentUser.require().id();
        String viewId = UUID.randomUUID().toString();
        presence.enter(viewId, node.value(), articleId);
        OpenView view = new OpenView(viewId, articleId, you, SignedInUi.of(ui), show, new AtomicLong(System.nanoTime()));
        views.put(viewId, view);
        showPresent(view);
        tellOthersOn(view);
        return new Visit() {
            @Override
            public void stillHere() {
                long silentFor = System.nanoTime() - view.browserSeen().getAndSet(System.nanoTime());
                if (silentFor > BROWSER_SILENT_TOO_LONG.toNanos() && views.containsKey(view.id())) {
                    // Gone stale while its browser was asleep (a laptop lid, a throttled tab): back in.
                    presence.enter(view.id(), node.value(), view.articleId());
                    showPresent(view);
                    tellOthersOn(view);
                }
            }

            @Override
            public void remove() {
                close(view);
            }
        };
    }

    /** This node's open views whose browsers are still there, for its heartbeat. */
    Set<String> viewIds() {
        long now = System.nanoTime();
        return views.values().stream()
                .filter(view -> now - view.browserSeen().get() <= BROWSER_SILENT_TOO_LONG.toNanos())
                .map(OpenView::id).collect(Collectors.toUnmodifiableSet());
    }

    /** Every open view re-reads who is there, in its own page, as its own user. */
    void refreshAll() {
        views.values().forEach(this::refreshLater);
    }

    /** The node stops: its views leave now instead of going stale. */
    void leaveAll() {
        views.values().forEach(this::close);
    }

    private void close(OpenView view) {
        if (views.remove(view.id()) == null) {
            return;
        }
        try {
            presence.leave(view.id());
        } catch (RuntimeException e) {
            // The row goes stale without this node's heartbeat; closing the page must not fail over it.
            log.warn("Could not take view {} out of presence; it will go stale", view.id(), e);
        }
        tellOthersOn(view);
    }

    private void tellOthersOn(OpenView changed) {
        views.values().stream()
                .filter(view -> view.articleId().equals(changed.articleId()) && !view.id().equals(changed.id()))
                .forEach(this::refreshLater);
    }

    private void refreshLater(OpenView view) {
        if (!view.page().run(() -> showPresent(view))) {
            close(view); // the page was closed without the view being detached
        }
    }

    private void showPresent(OpenView view) {
        List<Person> people;
        try {
            people = presence.present(view.articleId());
        } catch (DomainException goneOrNoLongerAllowed) {
            people = List.of();
        }
        view.show().accept(new Present(people, view.you()));
    }

    private record OpenView(String id, UUID articleId, UUID you, SignedInUi page, Consumer<Present> show,
                            AtomicLong browserSeen) {
    }
}
