package org.veritext.app.ui.search;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.veritext.core.claim.Verdict;
import org.veritext.core.review.ReviewState;
import org.veritext.search.index.ClaimFields.Facet;
import org.veritext.search.query.FacetCounts;

/**
 * The facet counts beside the results: one section per facet, each value a clickable row with {@code data-facet},
 * {@code data-value} (the value as the address carries it) and its count. A click chooses or drops the value.
 */
class FacetSidebar extends Div {

    private final BiConsumer<Facet, String> onToggle;

    FacetSidebar(BiConsumer<Facet, String> onToggle) {
        this.onToggle = onToggle;
        setId("search-facets");
        addClassName("search-facets");
        getElement().setAttribute("aria-label", "Narrow the results");
    }

    void show(List<FacetCounts> facets) {
        removeAll();
        for (FacetCounts facet : facets) {
            Div section = new Div(new H4(title(facet.facet())));
            section.addClassName("search-facet");
            section.getElement().setAttribute("data-facet", facet.facet().dimension());
            for (FacetCounts.Value value : facet.values()) {
                section.add(row(facet.facet(), value));
            }
            add(section);
        }
    }

    private Div row(Facet facet, FacetCounts.Value value) {
        Span label = new Span(label(facet, value.value()));
        label.addClassName("facet-label");
        Span count = new Span((value.estimated() ? "≈ " : "") + "%,d".formatted(value.count()));
        count.addClassName("facet-count");
        if (value.estimated()) {
            count.getElement().setAttribute("title", "Estimated: so many claims match that this value was counted "
                    + "on a sample of them. Choose it to count exactly.");
        }
        Div row = new Div(label, count);
        row.addClassName("search-facet-value");
        row.getElement().setAttribute("data-facet", facet.dimension());
        row.getElement().setAttribute("data-value", value.value());
        row.getElement().setAttribute("data-count", Long.toString(value.count()));
        row.getElement().setAttribute("role", "checkbox");
        row.getElement().setAttribute("aria-checked", Boolean.toString(value.selected()));
        row.getElement().setAttribute("tabindex", "0");
        if (value.selected()) {
            row.addClassName("selected");
        }
        row.addClickListener(click -> onToggle.accept(facet, value.value()));
        row.getElement().addEventListener("keydown", press -> onToggle.accept(facet, value.value()))
                .setFilter("event.key === 'Enter' || event.key === ' '");
        return row;
    }

    static String title(Facet facet) {
        return switch (facet) {
            case VERDICT -> "Verdict";
            case STATE -> "Review state";
            case CLAIMANT -> "Claimant";
            case SUBJECT -> "About";
            case MENTIONED -> "Mentioned";
            case EVENT -> "Event";
            case PUBLISHER -> "Publisher";
            case CREATOR -> "Annotated by";
            case MONTH -> "Published";
        };
    }

    /** Verdicts and states are stored by name; the page shows their labels. */
    static String label(Facet facet, String value) {
        try {
            return switch (facet) {
                case VERDICT -> Verdict.valueOf(value).label();
                case STATE -> ReviewState.valueOf(value).label();
                default -> value;
            };
        } catch (IllegalArgumentException unknown) {
            return value.toLowerCase(Locale.ROOT);
        }
    }
}
