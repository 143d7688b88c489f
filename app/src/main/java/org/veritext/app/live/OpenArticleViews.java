package org.veritext.app.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
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
 * their node's next {@link PresenceHeartbeat}, which also keeps this node's views alive.
 */
@Component
public class OpenArticleViews {

    private static final Logger log = LoggerFactory.getLogger(OpenArticleViews.class);

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

    /**
     * Enters the signed-in user in the article, and calls {@code show} in his page with who is there now: at once,
     * and again whenever that may have changed. Call it in the page's own thread (on attach); remove the
     * registration when the view closes.
     */
    public Registration open(UI ui, UUID articleId, Consumer<Present> show) {
        UUID you = currentUser.require().id();
        String viewId = UUID.randomUUID().toString();
        presence.enter(viewId, node.value(), articleId);
        OpenView view = new OpenView(viewId, articleId, you, SignedInUi.of(ui), show);
        views.put(viewId, view);
        showPresent(view);
        tellOthersOn(view);
        return () -> close(view);
    }

    /** This node's open views, for its heartbeat. */
    Set<String> viewIds() {
        return Set.copyOf(views.keySet());
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

    private record OpenView(String id, UUID articleId, UUID you, SignedInUi page, Consumer<Present> show) {
    }
}
