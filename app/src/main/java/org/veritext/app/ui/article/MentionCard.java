package org.veritext.app.ui.article;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.Consumer;
import org.veritext.core.mention.MentionDetails;

/**
 * The selected mention: whom or what it names, a way to that actor's or event's page, and removing the mark. The
 * pages are routes of the catalog views, found by name so this class does not depend on them.
 */
class MentionCard extends Div {

    private final Consumer<MentionDetails> onRemove;
    private final Div body = new Div();

    MentionCard(Consumer<MentionDetails> onRemove) {
        this.onRemove = onRemove;
        setId("mention-card");
        addClassName("mention-card");
        add(new H3("Selected mention"), body);
        setVisible(false);
    }

    void show(MentionDetails mention) {
        setVisible(mention != null);
        body.removeAll();
        if (mention == null) {
            return;
        }
        Span quote = new Span("\u201C" + mention.quote() + "\u201D names ");
        Span target = new Span(mention.actor() != null
                ? mention.actor().name() + " (" + mention.actor().type().label().toLowerCase(Locale.ROOT) + ")"
                : mention.event().title() + " (" + mention.event().type().label().toLowerCase(Locale.ROOT) + ")");
        target.addClassName("mention-target");
        Div what = new Div(quote, target);
        String path = mention.actor() != null ? "actors/" + mention.actor().id() : "events/" + mention.event().id();
        Anchor page = new Anchor(path,
                mention.actor() != null ? "Open the actor's page" : "Open the event's page");
        page.setId("mention-page");
        Button remove = new Button("Remove this mark", click -> onRemove.accept(mention));
        remove.setId("mention-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        body.add(what, new Div(page), remove);
    }
}
