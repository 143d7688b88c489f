package org.veritext.app.ui.article;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Consumer;
import org.veritext.app.ui.common.Abbreviation;
import org.veritext.core.suggestion.Suggestion;
import org.veritext.core.suggestion.SuggestionKind;

/**
 * What Veritext proposes for this article: names to mark, new actors, check-worthy sentences. Each is accepted or
 * dismissed with one click (or Enter on the focused button); a dismissed one stays dismissed for the article.
 */
class SuggestionPanel extends Details {

    interface Actions {
        void accept(Suggestion suggestion);

        void dismiss(Suggestion suggestion);
    }

    private final Actions actions;
    private final Div list = new Div();
    private final Span count = new Span();

    SuggestionPanel(Actions actions) {
        this.actions = actions;
        setId("suggestions-panel");
        addClassName("suggestions");
        Span title = new Span("Suggestions ");
        count.addClassName("suggestion-count");
        title.add(count);
        setSummary(title);
        list.setId("suggestions");
        list.addClassName("suggestion-list");
        add(list);
        setOpened(true);
    }

    void show(List<Suggestion> suggestions) {
        list.removeAll();
        count.setText("(" + suggestions.size() + ")");
        if (suggestions.isEmpty()) {
            list.add(new Div("Nothing to suggest: every known name is marked and the likely claims are annotated."));
            return;
        }
        for (Suggestion suggestion : suggestions) {
            list.add(card(suggestion));
        }
    }

    private Div card(Suggestion suggestion) {
        Div card = new Div();
        card.addClassName("suggestion");
        card.addClassName("suggestion-" + suggestion.kind().attribute());
        card.getElement().setAttribute("data-suggestion-kind", suggestion.kind().attribute());
        card.getElement().setAttribute("data-suggestion-key", suggestion.key());

        Span kind = new Span(switch (suggestion.kind()) {
            case MENTION -> "Mention";
            case NEW_ACTOR -> "New actor";
            case CLAIM -> "Claim";
        });
        kind.addClassName("suggestion-kind");
        Span label = new Span(suggestion.kind() == SuggestionKind.CLAIM
                ? "\u201C" + Abbreviation.of(suggestion.label(), 160) + "\u201D" : suggestion.label());
        label.addClassName("suggestion-label");
        Span reason = new Span(suggestion.reason() + (suggestion.speaker() != null
                ? "; speaker: " + suggestion.speaker().name() : ""));
        reason.addClassName("suggestion-reason");

        Button accept = new Button(switch (suggestion.kind()) {
            case MENTION -> "Mark " + (suggestion.places().size() == 1 ? "it" : "all " + suggestion.places().size());
            case NEW_ACTOR -> "Add actor and mark";
            case CLAIM -> "Make it a claim";
        }, VaadinIcon.CHECK.create(), click -> actions.accept(suggestion));
        accept.addClassName("suggestion-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button dismiss = new Button("Dismiss", click -> actions.dismiss(suggestion));
        dismiss.addClassName("suggestion-dismiss");
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(accept, dismiss);
        buttons.addClassName("suggestion-buttons");
        card.add(new Div(kind, label), reason, buttons);
        return card;
    }
}
