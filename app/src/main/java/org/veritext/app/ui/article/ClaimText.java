package org.veritext.app.ui.article;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veritext.app.ui.common.BrowserEventData;
import org.veritext.app.ui.common.Ids;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.anchor.TextSelection;
import tools.jackson.databind.JsonNode;

/**
 * The article text with its claims highlighted: the server side of our {@code <claim-text>} element (plain
 * JavaScript in {@code META-INF/resources/js/claim-text.js}). Properties go in, DOM events come out; what the
 * browser sends is only a proposal, which {@link org.veritext.core.claim.ClaimService} checks against the text.
 */
@Tag("claim-text")
@JavaScript("context://js/claim-text.js")
@StyleSheet("context://css/claim-text.css")
public class ClaimText extends Component {

    private static final Logger log = LoggerFactory.getLogger(ClaimText.class);

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

    /** Flashes the highlights of these claims briefly: what just changed, for someone reading along. */
    public void flashClaims(Collection<UUID> claimIds) {
        if (!claimIds.isEmpty()) {
            getElement().callJsFunction("flashClaims", JacksonUtils.listToJson(claimIds.stream().map(UUID::toString).toList()));
        }
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

    /**
     * The user's selection in the text changed; {@code start < 0} means there is none. Only enables or disables the
     * create button, so a malformed one simply counts as no selection.
     */
    @DomEvent("claim-selection-change")
    public static class SelectionChange extends ComponentEvent<ClaimText> {

        private final int start;
        private final int end;

        public SelectionChange(ClaimText source, boolean fromClient,
                               @EventData("event.detail.start") JsonNode start,
                               @EventData("event.detail.end") JsonNode end) {
            super(source, fromClient);
            this.start = BrowserEventData.offset(start).orElse(-1);
            this.end = BrowserEventData.offset(end).orElse(-1);
        }

        public boolean isEmpty() {
            return start < 0 || end <= start;
        }

        public int length() {
            return isEmpty() ? 0 : end - start;
        }
    }

    /**
     * The user asked for a claim over their selection (Enter in the text, or the create button). A request whose
     * offsets or quote are not of the right type was forged: it carries no selection and is ignored.
     */
    @DomEvent("claim-create")
    public static class CreateRequest extends ComponentEvent<ClaimText> {

        private final TextSelection selection;

        public CreateRequest(ClaimText source, boolean fromClient,
                             @EventData("event.detail.start") JsonNode start,
                             @EventData("event.detail.end") JsonNode end,
                             @EventData("event.detail.quote") JsonNode quote) {
            super(source, fromClient);
            OptionalInt from = BrowserEventData.offset(start);
            OptionalInt to = BrowserEventData.offset(end);
            Optional<String> text = BrowserEventData.text(quote);
            if (from.isPresent() && to.isPresent() && text.isPresent()) {
                this.selection = new TextSelection(from.getAsInt(), to.getAsInt(), text.get());
            } else {
                this.selection = null;
                log.warn("Ignored a malformed claim-create event from the browser: start={}, end={}, quote={}",
                        BrowserEventData.describe(start), BrowserEventData.describe(end),
                        BrowserEventData.describe(quote));
            }
        }

        /** The selection, or empty if the event was malformed. */
        public Optional<TextSelection> selection() {
            return Optional.ofNullable(selection);
        }
    }

    /** The user clicked a highlight; {@code claimId} is the innermost claim there, as the browser says. */
    @DomEvent("claim-click")
    public static class HighlightClick extends ComponentEvent<ClaimText> {

        private final String claimId;

        public HighlightClick(ClaimText source, boolean fromClient, @EventData("event.detail.id") JsonNode claimId) {
            super(source, fromClient);
            this.claimId = BrowserEventData.text(claimId).orElse("");
        }

        /** The id as the browser sent it: parse it with {@link Ids#parse}, which refuses anything malformed. */
        public String claimId() {
            return claimId;
        }
    }
}
