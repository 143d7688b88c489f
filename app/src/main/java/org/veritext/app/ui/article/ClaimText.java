package org.veritext.app.ui.article;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.UUID;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.TextSelection;

/**
 * The article text with its claims highlighted: the server side of our {@code <claim-text>} element (plain
 * JavaScript in {@code META-INF/resources/js/claim-text.js}). Properties go in, DOM events come out; what the
 * browser sends is only a proposal, which {@link org.veritext.core.claim.ClaimService} checks against the text.
 */
@Tag("claim-text")
@JavaScript("context://js/claim-text.js")
@StyleSheet("context://css/claim-text.css")
public class ClaimText extends Component {

    /** What the element needs of a claim: where it is. */
    record Highlight(String id, int start, int end) {
    }

    public ClaimText(String text) {
        setId("article-text");
        getElement().setProperty("text", text);
    }

    public void setClaims(List<ClaimDetails> claims) {
        getElement().setPropertyList("claims",
                claims.stream().map(claim -> new Highlight(claim.id().toString(), claim.start(), claim.end())).toList());
    }

    public void setSelectedClaim(UUID claimId) {
        getElement().setProperty("selectedClaimId", claimId == null ? null : claimId.toString());
    }

    public void scrollToClaim(UUID claimId) {
        getElement().callJsFunction("scrollToClaim", claimId.toString());
    }

    /** Asks the element for the user's current selection; it answers with a {@link CreateRequest}. */
    public void requestClaim() {
        getElement().callJsFunction("requestClaim");
    }

    public void clearSelection() {
        getElement().callJsFunction("clearSelection");
    }

    public Registration addSelectionChangeListener(ComponentEventListener<SelectionChange> listener) {
        return addListener(SelectionChange.class, listener);
    }

    public Registration addCreateRequestListener(ComponentEventListener<CreateRequest> listener) {
        return addListener(CreateRequest.class, listener);
    }

    public Registration addHighlightClickListener(ComponentEventListener<HighlightClick> listener) {
        return addListener(HighlightClick.class, listener);
    }

    /** The user's selection in the text changed; {@code start < 0} means there is none. */
    @DomEvent("claim-selection-change")
    public static class SelectionChange extends ComponentEvent<ClaimText> {

        private final int start;
        private final int end;

        public SelectionChange(ClaimText source, boolean fromClient,
                               @EventData("event.detail.start") int start,
                               @EventData("event.detail.end") int end) {
            super(source, fromClient);
            this.start = start;
            this.end = end;
        }

        public boolean isEmpty() {
            return start < 0 || end <= start;
        }

        public int length() {
            return isEmpty() ? 0 : end - start;
        }
    }

    /** The user asked for a claim over their selection (Enter in the text, or the create button). */
    @DomEvent("claim-create")
    public static class CreateRequest extends ComponentEvent<ClaimText> {

        private final TextSelection selection;

        public CreateRequest(ClaimText source, boolean fromClient,
                             @EventData("event.detail.start") int start,
                             @EventData("event.detail.end") int end,
                             @EventData("event.detail.quote") String quote) {
            super(source, fromClient);
            this.selection = new TextSelection(start, end, quote);
        }

        public TextSelection selection() {
            return selection;
        }
    }

    /** The user clicked a highlight; {@code claimId} is the innermost claim there, as the browser says. */
    @DomEvent("claim-click")
    public static class HighlightClick extends ComponentEvent<ClaimText> {

        private final String claimId;

        public HighlightClick(ClaimText source, boolean fromClient, @EventData("event.detail.id") String claimId) {
            super(source, fromClient);
            this.claimId = claimId;
        }

        public String claimId() {
            return claimId;
        }
    }
}
