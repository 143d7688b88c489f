package org.veritext.app.ui.article;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.ClientCallable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.veritext.app.live.OpenArticleViews;
import org.veritext.app.live.OpenArticleViews.Present;
import org.veritext.core.presence.PresenceService;
import org.veritext.core.user.Person;

/**
 * Who has the article open now, on this node or another: one avatar per person, named in its tooltip, the one
 * looking first and marked "(you)". The view is entered while this is attached and left when it is detached, so
 * opening another article in the same view (Vaadin reuses it) leaves the first.
 */
@StyleSheet("context://css/team.css")
public class PresenceAvatars extends AvatarGroup {

    /** Lumo's avatar colours: one per person, the same on every screen. */
    private static final int COLOURS = 7;

    private final OpenArticleViews openViews;
    private UUID articleId;
    private OpenArticleViews.Visit entered;
    private Present shown;

    public PresenceAvatars(OpenArticleViews openViews) {
        this.openViews = openViews;
        setId("presence");
        setMaxItemsVisible(6);
        getElement().setAttribute("aria-label", "Who has this article open");
    }

    /** The article this view shows; entered now if the view is open, otherwise when it opens. */
    public void follow(UUID articleId) {
        if (articleId.equals(this.articleId)) {
            return;
        }
        this.articleId = articleId;
        if (entered != null) {
            leave();
            enter(getUI().orElseThrow());
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        if (articleId != null) {
            enter(attach.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        leave();
        super.onDetach(detach);
    }

    private void enter(UI ui) {
        entered = openViews.open(ui, articleId, this::show);
        // The browser's own heartbeat: a page that dies without saying goodbye stops it, and drops out of presence.
        getElement().executeJs("""
                clearInterval(this.__presencePing);
                this.__presencePing = setInterval(() => {
                    if (this.isConnected) { this.$server.stillHere(); } else { clearInterval(this.__presencePing); }
                }, $0);""", PresenceService.HEARTBEAT.toMillis());
    }

    @ClientCallable
    private void stillHere() {
        if (entered != null) {
            entered.stillHere();
        }
    }

    private void leave() {
        if (entered != null) {
            entered.remove();
            entered = null;
        }
    }

    private void show(Present present) {
        if (present.equals(shown)) {
            return;
        }
        shown = present;
        List<AvatarGroupItem> items = new ArrayList<>();
        present.people().stream().filter(person -> person.id().equals(present.you()))
                .forEach(you -> items.add(item(you, true)));
        present.people().stream().filter(person -> !person.id().equals(present.you()))
                .forEach(other -> items.add(item(other, false)));
        setItems(items);
    }

    private static AvatarGroupItem item(Person person, boolean you) {
        // The two-argument constructor takes an image address, not initials: it made the browser ask for "/AA".
        AvatarGroupItem item = new AvatarGroupItem(you ? person.name() + " (you)" : person.name());
        item.setAbbreviation(initials(person)); // else "(you)" counts as a word: "AA("
        item.setColorIndex(Math.floorMod(person.id().hashCode(), COLOURS));
        if (you) {
            item.addClassNames("presence-you");
        }
        return item;
    }

    /** Up to two initials of the name ("Rui Reviewer" → "RR"), whole code points (never half an emoji). */
    static String initials(Person person) {
        StringBuilder initials = new StringBuilder();
        for (String word : person.name().strip().split("\\s+")) {
            if (!word.isEmpty() && initials.codePointCount(0, initials.length()) < 2) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }
}
