package org.veritext.app.ui.article;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.veritext.core.claim.ClaimDetails;

/** The article's claims in text order; choosing one (click, or Enter on a focused item) selects it. */
class ClaimList extends Div {

    private final Map<UUID, Div> items = new LinkedHashMap<>();
    private final Consumer<UUID> onChoose;
    private final Div empty = new Div("No claims yet. Select a sentence in the text and press Enter, "
            + "or click \u201CCreate claim\u201D.");

    ClaimList(Consumer<UUID> onChoose) {
        this.onChoose = onChoose;
        setId("claim-list");
        addClassName("claim-list");
        getElement().setAttribute("role", "list");
        empty.addClassName("claim-list-empty");
    }

    void setClaims(List<ClaimDetails> claims, UUID selected) {
        removeAll();
        items.clear();
        if (claims.isEmpty()) {
            add(empty);
        }
        for (ClaimDetails claim : claims) {
            Div item = item(claim);
            items.put(claim.id(), item);
            add(item);
        }
        markSelected(selected);
    }

    void markSelected(UUID selected) {
        items.forEach((id, item) -> {
            boolean isSelected = id.equals(selected);
            item.getElement().setAttribute("aria-current", isSelected ? "true" : "false");
            item.setClassName("selected", isSelected);
        });
        if (selected != null && items.containsKey(selected)) {
            items.get(selected).scrollIntoView();
        }
    }

    private Div item(ClaimDetails claim) {
        Span quote = new Span(claim.quote());
        quote.addClassName("claim-quote");
        Span restatement = new Span(claim.restatement().isEmpty() ? "No restatement yet" : claim.restatement());
        restatement.addClassName(claim.restatement().isEmpty() ? "claim-restatement-missing" : "claim-restatement");
        Span meta = new Span(claim.createdBy());
        meta.addClassName("claim-meta");

        Div item = new Div(quote, restatement, meta);
        item.addClassName("claim-item");
        item.getElement().setAttribute("role", "listitem");
        item.getElement().setAttribute("tabindex", "0");
        item.getElement().setAttribute("data-claim-id", claim.id().toString());
        item.addClickListener(click -> onChoose.accept(claim.id()));
        item.getElement().addEventListener("keydown", press -> onChoose.accept(claim.id()))
                .setFilter("event.key === 'Enter'");
        return item;
    }
}
