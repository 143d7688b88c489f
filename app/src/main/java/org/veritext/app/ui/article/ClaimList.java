package org.veritext.app.ui.article;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDetails;

/**
 * The article's claims in text order; choosing one (click, or Enter on a focused item) selects it. A virtual list
 * with a client-side template: only the rows in view exist in the browser and only the claims' fields travel,
 * so an article with a thousand claims opens and updates as fast as one with ten.
 */
class ClaimList extends Div {

    /** Text goes into the template through bindings, which Lit always escapes: a quote cannot become markup. */
    private static final String ROW = """
            <div class="claim-item vt-verdict-${item.verdict} ${item.selected ? 'selected' : ''}" role="listitem"
                 tabindex="0" data-claim-id="${item.id}" aria-current="${item.selected ? 'true' : 'false'}"
                 @click="${choose}" @keydown="${(e) => e.key === 'Enter' && choose()}">
              <span class="claim-quote">${item.quote}</span>
              <span class="${item.restatement ? 'claim-restatement' : 'claim-restatement-missing'}"
                >${item.restatement || 'No restatement yet'}</span>
              <span class="claim-meta">
                <span class="verdict-badge verdict-${item.verdict}">${item.verdictLabel}</span>
                <span class="claim-claimants">${item.claimants}</span>
              </span>
            </div>""";

    private final List<ClaimDetails> claims = new ArrayList<>();
    private final ListDataProvider<ClaimDetails> rows = new ListDataProvider<>(claims) {
        @Override
        public Object getId(ClaimDetails claim) {
            return claim.id();
        }
    };
    private final VirtualList<ClaimDetails> list = new VirtualList<>();
    private final Div empty = new Div("No claims yet. Select a sentence in the text and press Enter, "
            + "or click \u201CCreate claim\u201D.");
    private UUID selected;

    ClaimList(Consumer<UUID> onChoose) {
        addClassName("claim-list-container");
        list.setId("claim-list");
        list.addClassName("claim-list");
        list.setDataProvider(rows);
        list.setRenderer(LitRenderer.<ClaimDetails>of(ROW)
                .withProperty("id", claim -> claim.id().toString())
                .withProperty("quote", ClaimDetails::quote)
                .withProperty("restatement", ClaimDetails::restatement)
                .withProperty("verdict", claim -> claim.verdict().name())
                .withProperty("verdictLabel", claim -> claim.verdict().label())
                .withProperty("claimants", claim -> claim.actorsIn(ActorRole.CLAIMANT).isEmpty() ? "no claimant yet"
                        : claim.actorsIn(ActorRole.CLAIMANT).stream().map(ActorRef::name)
                        .collect(Collectors.joining(", ")))
                .withProperty("selected", claim -> claim.id().equals(selected))
                .withFunction("choose", claim -> onChoose.accept(claim.id())));
        empty.addClassName("claim-list-empty");
        add(empty, list);
    }

    void setClaims(List<ClaimDetails> newClaims, UUID toSelect) {
        claims.clear();
        claims.addAll(newClaims);
        selected = null;
        rows.refreshAll();
        empty.setVisible(claims.isEmpty());
        list.setVisible(!claims.isEmpty());
        markSelected(toSelect);
    }

    /** Marks one claim as selected and scrolls to it; only the previous and the new row are sent again. */
    void markSelected(UUID toSelect) {
        UUID previous = selected;
        selected = toSelect;
        refresh(previous);
        refresh(selected);
        int index = indexOf(selected);
        if (index >= 0) {
            list.scrollToIndex(index);
        }
    }

    /** Shows a claim's new state (a new restatement) in its row. */
    void update(ClaimDetails claim) {
        int index = indexOf(claim.id());
        if (index >= 0) {
            claims.set(index, claim);
            rows.refreshItem(claim);
        }
    }

    private void refresh(UUID claimId) {
        int index = indexOf(claimId);
        if (index >= 0) {
            rows.refreshItem(claims.get(index));
        }
    }

    private int indexOf(UUID claimId) {
        if (claimId == null) {
            return -1;
        }
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).id().equals(claimId)) {
                return i;
            }
        }
        return -1;
    }
}
