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
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veritext.app.ui.common.BrowserEventData;
import org.veritext.app.ui.common.Ids;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.mention.MentionDetails;
import org.veritext.core.anchor.TextSelection;
import tools.jackson.databind.JsonNode;

/**
 * The article text with its annotations highlighted, claims and mentions: the server side of our
 * {@code <claim-text>} element (plain JavaScript in {@code META-INF/resources/js/claim-text.js}, whose header holds
 * the contract). Properties go in, DOM events come out; what the browser sends is only a proposal, which the
 * services check against the text.
 */
@Tag("claim-text")
@JavaScript("context://js/claim-text.js")
@StyleSheet("context://css/claim-text.css")
public class ClaimText extends Component {

    private static final Logger log = LoggerFactory.getLogger(ClaimText.class);

    /** What the element needs of an annotation: where, what kind, and how to colour and label it. */
    record Annotation(String id, String kind, int start, int end, String verdict, String label) {

        static Annotation of(ClaimDetails claim) {
            String claimants = claim.actorsIn(ActorRole.CLAIMANT).stream().map(ActorRef::name)
                    .collect(Collectors.joining(", "));
            return new Annotation(claim.id().toString(), "claim", claim.start(), claim.end(), claim.verdict().name(),
                    claim.verdict().label()
                            + (claimants.isEmpty() ? "" : ", by " + claimants)); // the element writes "Claim: "
        }

        static Annotation of(MentionDetails mention) {
            return new Annotation(mention.id().toString(), "mention", mention.start(), mention.end(), null,
                    mention.label()); // the element writes "Mention: "
        }
    }

    public ClaimText(String text) {
        setId("article-text");
        getElement().setProperty("text", text);
    }

    /** Shows these annotations, laying the whole text out again (on opening an article). */
    public void setAnnotations(List<Annotation> annotations) {
        getElement().setPropertyList("annotations", annotations);
    }

    /** Adds or replaces a few annotations; only the paragraphs they touch are laid out again. */
    public void upsert(List<Annotation> annotations) {
        if (!annotations.isEmpty()) {
            getElement().callJsFunction("upsertAnnotations", JacksonUtils.listToJson(annotations));
        }
    }

    /** Removes annotations by id; only the paragraphs they touched are laid out again. */
    public void remove(Collection<UUID> annotationIds) {
        if (!annotationIds.isEmpty()) {
            getElement().callJsFunction("removeAnnotations", ids(annotationIds));
        }
    }

    public void setSelected(UUID annotationId) {
        getElement().setProperty("selectedId", annotationId == null ? null : annotationId.toString());
    }

    /** Flashes these annotations briefly: what just changed, for someone reading along. */
    public void flash(Collection<UUID> annotationIds) {
        if (!annotationIds.isEmpty()) {
            getElement().callJsFunction("flashAnnotations", ids(annotationIds));
        }
    }

    public void scrollTo(UUID annotationId) {
        getElement().callJsFunction("scrollToAnnotation", annotationId.toString());
    }

    /** Asks the element for the user's current selection; it answers with a claim {@link CreateRequest}. */
    public void requestClaim() {
        getElement().callJsFunction("requestClaim");
    }

    /** Asks the element for the user's current selection; it answers with a {@link MentionRequest}. */
    public void requestMention() {
        getElement().callJsFunction("requestMention");
    }

    public void clearSelection() {
        getElement().callJsFunction("clearSelection");
    }

    private static tools.jackson.databind.node.ArrayNode ids(Collection<UUID> ids) {
        return JacksonUtils.listToJson(ids.stream().map(UUID::toString).toList());
    }

    public Registration addSelectionChangeListener(ComponentEventListener<SelectionChange> listener) {
        return addListener(SelectionChange.class, listener);
    }

    public Registration addCreateRequestListener(ComponentEventListener<CreateRequest> listener) {
        return addListener(CreateRequest.class, listener);
    }

    public Registration addMentionRequestListener(ComponentEventListener<MentionRequest> listener) {
        return addListener(MentionRequest.class, listener);
    }

    public Registration addAnnotationClickListener(ComponentEventListener<AnnotationClick> listener) {
        return addListener(AnnotationClick.class, listener);
    }

    /**
     * The user's selection in the text changed; {@code start < 0} means there is none. Only enables or disables the
     * create buttons, so a malformed one simply counts as no selection.
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
     * The user asked for an annotation over his selection. A request whose offsets or quote are not of the right
     * type was forged: it carries no selection and is ignored.
     */
    abstract static class SelectionRequest extends ComponentEvent<ClaimText> {

        private final TextSelection selection;

        SelectionRequest(ClaimText source, boolean fromClient, String eventName, JsonNode start, JsonNode end,
                         JsonNode quote) {
            super(source, fromClient);
            OptionalInt from = BrowserEventData.offset(start);
            OptionalInt to = BrowserEventData.offset(end);
            Optional<String> text = BrowserEventData.text(quote);
            if (from.isPresent() && to.isPresent() && text.isPresent()) {
                this.selection = new TextSelection(from.getAsInt(), to.getAsInt(), text.get());
            } else {
                this.selection = null;
                log.warn("Ignored a malformed {} event from the browser: start={}, end={}, quote={}", eventName,
                        BrowserEventData.describe(start), BrowserEventData.describe(end),
                        BrowserEventData.describe(quote));
            }
        }

        /** The selection, or empty if the event was malformed. */
        public Optional<TextSelection> selection() {
            return Optional.ofNullable(selection);
        }
    }

    /** A claim over the selection (Enter in the text, or the create button). */
    @DomEvent("claim-create")
    public static class CreateRequest extends SelectionRequest {

        public CreateRequest(ClaimText source, boolean fromClient, @EventData("event.detail.start") JsonNode start,
                             @EventData("event.detail.end") JsonNode end,
                             @EventData("event.detail.quote") JsonNode quote) {
            super(source, fromClient, "claim-create", start, end, quote);
        }
    }

    /** A mention over the selection (M in the text, or the mention button). */
    @DomEvent("mention-create")
    public static class MentionRequest extends SelectionRequest {

        public MentionRequest(ClaimText source, boolean fromClient, @EventData("event.detail.start") JsonNode start,
                              @EventData("event.detail.end") JsonNode end,
                              @EventData("event.detail.quote") JsonNode quote) {
            super(source, fromClient, "mention-create", start, end, quote);
        }
    }

    /** The user clicked a highlight (or chose it with the keyboard); the id and kind are as the browser says. */
    @DomEvent("annotation-click")
    public static class AnnotationClick extends ComponentEvent<ClaimText> {

        private final Optional<UUID> id;
        private final boolean mention;

        public AnnotationClick(ClaimText source, boolean fromClient, @EventData("event.detail.id") JsonNode id,
                               @EventData("event.detail.kind") JsonNode kind) {
            super(source, fromClient);
            this.id = BrowserEventData.text(id).flatMap(Ids::parse);
            this.mention = BrowserEventData.text(kind).filter("mention"::equals).isPresent();
        }

        /** The id, if the browser sent a well-formed one. */
        public Optional<UUID> id() {
            return id;
        }

        public boolean isMention() {
            return mention;
        }
    }
}
