package org.veritext.app.ui.article;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveEvent.ContinueNavigationAction;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.veritext.app.live.LiveUpdates;
import org.veritext.app.live.OpenArticleViews;
import org.veritext.app.ui.article.ClaimText.Annotation;
import org.veritext.app.ui.common.Ids;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.app.ui.error.Notifications;
import org.veritext.search.similar.SimilarClaims;
import org.veritext.core.DomainException;
import org.veritext.core.NotFoundException;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.actor.ActorDetails;
import org.veritext.core.actor.ActorDraft;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.actor.ActorService;
import org.veritext.core.actor.ActorService.DuplicateCheck;
import org.veritext.core.actor.ActorType;
import org.veritext.core.actor.SimilarActorsException;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.article.ArticleDetails;
import org.veritext.core.article.ArticleService;
import org.veritext.core.catalog.EntryKind;
import org.veritext.core.changes.Change;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimEdit;
import org.veritext.core.claim.ClaimEdit.ActorLinkDraft;
import org.veritext.core.claim.ClaimHistory;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.SameWordsException;
import org.veritext.core.event.EventService;
import org.veritext.core.discussion.CommentService;
import org.veritext.core.mention.MentionDetails;
import org.veritext.core.mention.MentionService;
import org.veritext.core.project.ProjectService;
import org.veritext.core.suggestion.Suggestion;
import org.veritext.core.suggestion.SuggestionService;
import org.veritext.core.user.Person;
import org.veritext.core.user.UserAccountService;

/**
 * One article: its text with the claims and mentions highlighted, and beside it the suggestions, the claims in text
 * order and the selected claim's editor (or the selected mention). {@code /articles/{id}?claim={claimId}} opens it
 * at that claim. Colleagues' changes arrive live; what the user typed is never replaced by them.
 */
@Route("articles/:articleId")
@PermitAll
public class ArticleView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    /** Changes that never add or remove a suggestion (the claims and mentions stay where they are). */
    private static final Set<ChangeKind> DO_NOT_CHANGE_SUGGESTIONS = Set.of(ChangeKind.CLAIM_EDITED,
            ChangeKind.CLAIM_REVIEWED, ChangeKind.CLAIM_RESTORED, ChangeKind.COMMENT_ADDED);

    private final ArticleService articles;
    private final ClaimService claimService;
    private final MentionService mentionService;
    private final SuggestionService suggestionService;
    private final ActorService actorService;
    private final EventService eventService;
    private final UserAccountService people;
    private final LiveUpdates liveUpdates;
    private Registration following;

    private ArticleDetails article;
    private List<ClaimDetails> claims = List.of();
    private List<MentionDetails> mentions = List.of();
    /** What the text element shows now, by id: only differences are sent to it. */
    private Map<UUID, Annotation> shownAnnotations = Map.of();
    private UUID selected;

    private ClaimText text;
    private final ClaimList claimList = new ClaimList(this::choose);
    private final ClaimEditor editor;
    private final MentionCard mentionCard = new MentionCard(this::removeMention);
    private final SuggestionPanel suggestionPanel;
    private final Access access;
    /** Whether the user may annotate this article: a reviewer reads, comments and decides, and is offered no more. */
    private boolean annotates;
    private List<Suggestion> shownSuggestions;
    private final Span claimCount = new Span();
    private final Button createClaim = new Button("Create claim", VaadinIcon.PLUS.create());
    private final Button markMention = new Button("Mark mention", VaadinIcon.USER_CHECK.create());
    private final PresenceAvatars presence;

    public ArticleView(ArticleService articles, ClaimService claimService, MentionService mentionService,
                       SuggestionService suggestionService, ActorService actorService, EventService eventService,
                       UserAccountService people, LiveUpdates liveUpdates, OpenArticleViews openViews,
                       ClaimHistory claimHistory, CommentService comments, ProjectService projects, Access access,
                       SimilarClaims similarClaims) {
        this.articles = articles;
        this.claimService = claimService;
        this.mentionService = mentionService;
        this.suggestionService = suggestionService;
        this.actorService = actorService;
        this.eventService = eventService;
        this.people = people;
        this.liveUpdates = liveUpdates;
        this.editor = new ClaimEditor(new EditorActions(), actorService, eventService, claimService, claimHistory,
                comments, projects, access, similarClaims);
        this.suggestionPanel = new SuggestionPanel(new SuggestionActions());
        this.access = access;
        this.presence = new PresenceAvatars(openViews);
        addClassName("article-view");
        claimCount.addClassName("claim-count");
        // Wired once: Vaadin reuses this view when one article leads to another, and build() runs each time.
        createClaim.setId("create-claim");
        createClaim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createClaim.setTooltipText("Create a claim from the selected words (Enter)");
        createClaim.addClickListener(click -> text.requestClaim());
        markMention.setId("mark-mention");
        markMention.setTooltipText("Mark the selected words as naming an actor or event (M)");
        markMention.addClickListener(click -> text.requestMention());
        // Keep the text selection when a button is pressed: a mouse-down outside the text would clear it.
        for (Button button : List.of(createClaim, markMention)) {
            button.getElement().executeJs("this.addEventListener('mousedown', e => e.preventDefault())");
        }
        addListener(HelpRequest.class, request -> new ShortcutHelp().open());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID articleId = event.getRouteParameters().get("articleId").flatMap(Ids::parse)
                .orElseThrow(() -> new NotFoundException("There is no article at this address."));
        article = articles.get(articleId);
        claims = claimService.claimsOf(articleId);
        mentions = mentionService.mentionsOf(articleId);
        build();
        Optional<UUID> claimToOpen = event.getLocation().getQueryParameters().getSingleParameter("claim")
                .flatMap(Ids::parse);
        claimToOpen.filter(this::isClaimOfArticle).ifPresentOrElse(this::openAt, () -> claimToOpen.ifPresent(
                missing -> Notifications.error("That claim is not in this article any more. Someone may have deleted it.")));
    }

    /** Follows the article's changes while the view is open, and listens for {@code ?} (the shortcut list). */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        following = liveUpdates.subscribe(attach.getUI(),
                change -> article != null && article.id().equals(change.articleId()), this::showChangesOfOthers);
        getElement().executeJs("""
                const view = this;
                if (view.__helpKey) { return; }
                view.__helpKey = e => {
                    const editable = e.composedPath().some(node => node instanceof HTMLElement
                        && (node.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(node.tagName)));
                    if (e.key === '?' && !editable && view.isConnected) {
                        view.dispatchEvent(new CustomEvent('veritext-help'));
                    }
                };
                document.addEventListener('keydown', view.__helpKey);
                """);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        following.remove();
        super.onDetach(detach);
    }

    /**
     * Leaving with unsaved edits of a claim asks what to do with them: save, discard, or stay. (Closing the tab is
     * the browser's to ask; every keystroke is on the server already, so a crash of the page loses nothing saved.)
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent leaving) {
        if (!editor.hasUnsavedChanges()) {
            return;
        }
        ContinueNavigationAction navigation = leaving.postpone();
        ConfirmDialog ask = new ConfirmDialog("Unsaved changes",
                "The selected claim has changes that are not saved yet.", "Save and leave", save -> {
                    if (saveEditor()) {
                        navigation.proceed();
                    }
                });
        ask.setId("confirm-leave");
        ask.setRejectable(true);
        ask.setRejectText("Discard changes");
        ask.addRejectListener(discard -> {
            editor.show(editor.shown());
            navigation.proceed();
        });
        ask.setCancelable(true);
        ask.setCancelText("Stay");
        ask.open();
    }

    @Override
    public String getPageTitle() {
        return article == null ? "Article · Veritext" : article.title() + " · Veritext";
    }

    private void build() {
        removeAll();
        text = new ClaimText(article.text());
        shownAnnotations = annotations();
        text.setAnnotations(List.copyOf(shownAnnotations.values()));
        text.addSelectionChangeListener(change -> {
            createClaim.setEnabled(!change.isEmpty());
            markMention.setEnabled(!change.isEmpty());
        });
        text.addCreateRequestListener(request -> request.selection().ifPresent(this::create));
        text.addMentionRequestListener(request -> request.selection().ifPresent(this::askWhatIsNamed));
        text.addAnnotationClickListener(click -> click.id().ifPresent(this::choose));

        createClaim.setEnabled(false);
        markMention.setEnabled(false);
        Span hint = new Span("Select words, then Enter for a claim or M for a mention. ? lists every shortcut.");
        hint.addClassName("toolbar-hint");
        Div toolbar = new Div(createClaim, markMention, hint);
        toolbar.addClassName("article-toolbar");
        annotates = access.can(Permission.ANNOTATE, article.projectId());
        toolbar.setVisible(annotates);
        suggestionPanel.setVisible(annotates);

        Section reading = new Section(header(), toolbar, text);
        reading.addClassName("article-reading");

        selected = null;
        editor.show(null);
        mentionCard.show(null);
        claimList.setClaims(claims, null);
        updateCount();
        refreshSuggestions();
        H3 claimsHeading = new H3("Claims ");
        claimsHeading.add(claimCount);
        Aside panel = new Aside(suggestionPanel, claimsHeading, claimList, editor, mentionCard);
        panel.addClassName("claim-panel");
        add(reading, panel);
    }

    private Header header() {
        H2 title = new H2(article.title());
        title.addClassName("article-title");
        Div meta = new Div();
        meta.addClassName("article-meta");
        if (article.publisher() != null) {
            meta.add(new Span(article.publisher()));
        }
        if (article.publishedOn() != null) {
            meta.add(new Span(LocalTimes.format(article.publishedOn())));
        }
        if (article.sourceUrl() != null) {
            Anchor source = new Anchor(article.sourceUrl(), "Source", AnchorTarget.BLANK);
            source.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            meta.add(source);
        }
        meta.add(new Span("Imported by " + article.importedBy().name() + ", " + LocalTimes.format(article.importedAt())));
        presence.follow(article.id());
        return new Header(presence, title, meta);
    }

    // ---------------------------------------------------------------- claims

    private void create(TextSelection selection) {
        createClaim(selection, null);
    }

    /** Creates a claim (with a claimant, if one is proposed) and opens it, cursor on what comes next. */
    private Optional<ClaimDetails> createClaim(TextSelection selection, ActorRef claimant) {
        if (editor.hasUnsavedChanges() && !saveEditor()) {
            return Optional.empty();
        }
        ClaimDetails created;
        try {
            created = claimService.create(article.id(), selection, "");
            if (claimant != null) {
                created = claimService.edit(created.id(), created.version(), ClaimEdit.of(created)
                        .withActors(List.of(new ActorLinkDraft(claimant.id(), ActorRole.CLAIMANT))));
            }
        } catch (SameWordsException same) {
            text.clearSelection();
            Notifications.error(same.getMessage());
            if (same.existingClaimId() != null && isClaimOfArticle(same.existingClaimId())) {
                openAt(same.existingClaimId());
            }
            return Optional.empty();
        }
        text.clearSelection();
        reloadAnnotations();
        openAt(created.id());
        if (claimant == null) {
            editor.focusClaimant();
            Notifications.success("Claim created. Who made it?");
        } else {
            editor.focusRestatement();
            Notifications.success("Claim created, by " + claimant.name() + ".");
        }
        refreshSuggestions();
        return Optional.of(created);
    }

    /** Selects a claim or mention (from the list, or a highlight); unsaved edits of a claim are saved first. */
    private void choose(UUID annotationId) {
        if (annotationId.equals(selected)) {
            return;
        }
        Optional<MentionDetails> mention = findMention(annotationId);
        if (!isClaimOfArticle(annotationId) && mention.isEmpty()) {
            return;
        }
        if (editor.hasUnsavedChanges() && !saveEditor()) {
            return;
        }
        if (mention.isPresent()) {
            selected = annotationId;
            text.setSelected(annotationId);
            claimList.markSelected(null);
            editor.show(null);
            mentionCard.show(mention.get());
        } else {
            openAt(annotationId);
        }
    }

    private void openAt(UUID claimId) {
        select(claimId);
        text.scrollTo(claimId);
    }

    private void select(UUID claimId) {
        selected = claimId;
        text.setSelected(claimId);
        claimList.markSelected(claimId);
        mentionCard.show(null);
        editor.show(find(claimId).orElse(null));
        // The address names the claim, so what is in the address bar can be sent to a colleague as it is.
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("articles/" + article.id(),
                QueryParameters.of("claim", claimId.toString()))));
    }

    private boolean saveEditor() {
        try {
            return editor.save(); // false: someone saved it meanwhile, and the editor shows both versions
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
            return false;
        }
    }

    // ---------------------------------------------------------------- mentions

    private void askWhatIsNamed(TextSelection selection) {
        new MentionDialog(selection, actorService, eventService, named -> {
            if (named.actor() != null) {
                mentionService.mentionActor(article.id(), selection, named.actor().id());
            } else {
                mentionService.mentionEvent(article.id(), selection, named.event().id());
            }
            text.clearSelection();
            reloadAnnotations();
            refreshSuggestions();
            Notifications.success("Marked as naming " + (named.actor() != null ? named.actor().name()
                    : named.event().title()) + ".");
        }).open();
    }

    private void removeMention(MentionDetails mention) {
        mentionService.delete(mention.id());
        selected = null;
        mentionCard.show(null);
        reloadAnnotations();
        refreshSuggestions();
        Notifications.success("Mark removed.");
    }

    // ---------------------------------------------------------------- suggestions

    /**
     * Shows the suggestions as they are now, unless they are the ones shown: the user's own change comes back from the
     * change log moments later, and drawing the same list again would replace a button under his pointer.
     */
    private void refreshSuggestions() {
        if (!annotates) {
            return; // nothing a reviewer could accept
        }
        List<Suggestion> now = suggestionService.suggestionsFor(article.id());
        if (!now.equals(shownSuggestions)) {
            shownSuggestions = now;
            suggestionPanel.show(now);
        }
    }

    private final class SuggestionActions implements SuggestionPanel.Actions {

        @Override
        public void accept(Suggestion suggestion) {
            switch (suggestion.kind()) {
                case MENTION -> markAll(suggestion.places(), suggestion.entry().kind() == EntryKind.ACTOR,
                        suggestion.entry().id(), suggestion.entry().name());
                case NEW_ACTOR -> addActor(suggestion);
                case CLAIM -> createClaim(suggestion.places().getFirst(), speakerOf(suggestion));
            }
        }

        @Override
        public void dismiss(Suggestion suggestion) {
            suggestionService.dismiss(article.id(), suggestion.key());
            refreshSuggestions();
        }

        /** Creates the actor the suggestion names (or takes the existing one the user picks) and marks him. */
        private void addActor(Suggestion suggestion) {
            ActorType type = suggestion.actorType() != null ? suggestion.actorType() : ActorType.PERSON;
            try {
                ActorDetails created = actorService.create(ActorDraft.of(suggestion.label(), type), DuplicateCheck.WARN);
                markAll(suggestion.places(), true, created.id(), created.name());
            } catch (SimilarActorsException probablyKnown) {
                new QuickActorDialog(actorService, suggestion.label(),
                        actor -> markAll(suggestion.places(), true, actor.id(), actor.name())).open();
            }
        }

        /** The sentence's speaker, if the catalog knows him: proposed as the claimant. */
        private ActorRef speakerOf(Suggestion suggestion) {
            return suggestion.speaker() == null || suggestion.speaker().knownActor() == null ? null
                    : actorService.get(suggestion.speaker().knownActor().id()).ref();
        }
    }

    /** Marks every place as naming the actor or event; places marked meanwhile are left as they are. */
    private void markAll(List<TextSelection> places, boolean actor, UUID namedId, String name) {
        int marked = 0;
        for (TextSelection place : places) {
            try {
                if (actor) {
                    mentionService.mentionActor(article.id(), place, namedId);
                } else {
                    mentionService.mentionEvent(article.id(), place, namedId);
                }
                marked++;
            } catch (DomainException alreadyMarked) {
                // Someone marked this place a moment ago: it is marked, which is what was asked.
            }
        }
        reloadAnnotations();
        refreshSuggestions();
        Notifications.success("Marked " + name + (marked == 1 ? " once." : " in " + marked + " places."));
    }

    // ---------------------------------------------------------------- keeping the view up to date

    /** Re-reads claims and mentions and sends the text element only what differs; returns the ids that changed. */
    private Set<UUID> reloadAnnotations() {
        claims = claimService.claimsOf(article.id());
        mentions = mentionService.mentionsOf(article.id());
        Map<UUID, Annotation> now = annotations();
        Set<UUID> changed = new LinkedHashSet<>();
        List<Annotation> upserted = new ArrayList<>();
        now.forEach((id, annotation) -> {
            if (!annotation.equals(shownAnnotations.get(id))) {
                changed.add(id);
                upserted.add(annotation);
            }
        });
        Set<UUID> removed = new LinkedHashSet<>(shownAnnotations.keySet());
        removed.removeAll(now.keySet());
        text.upsert(upserted);
        text.remove(removed);
        shownAnnotations = now;
        claimList.setClaims(claims, isClaimOfArticle(selected) ? selected : null);
        updateCount();
        return changed;
    }

    private Map<UUID, Annotation> annotations() {
        Map<UUID, Annotation> annotations = new LinkedHashMap<>();
        claims.forEach(claim -> annotations.put(claim.id(), Annotation.of(claim)));
        mentions.forEach(mention -> annotations.put(mention.id(), Annotation.of(mention)));
        return annotations;
    }

    /**
     * Brings the view up to date after changes committed elsewhere (another browser, another node): only what
     * differs is shown anew and flashed, and the user's text selection and typed text stay. The user's own saves
     * arrive here too, and change nothing, since the view already shows them.
     */
    private void showChangesOfOthers(List<Change> changes) {
        Map<UUID, ClaimDetails> before = new HashMap<>();
        claims.forEach(claim -> before.put(claim.id(), claim));
        Set<UUID> changed = reloadAnnotations(); // what looks different in the text
        for (ClaimDetails claim : claims) {
            ClaimDetails earlier = before.get(claim.id());
            if (earlier != null && earlier.version() != claim.version()) {
                changed.add(claim.id()); // changed in what the text does not show (its restatement, say)
            }
        }
        if (selected != null && before.containsKey(selected) && !isClaimOfArticle(selected)) {
            editor.showDeleted(whoDeleted(selected, changes));
            text.setSelected(null);
        } else if (selected != null && changed.contains(selected)) {
            find(selected).ifPresent(editor::showNewerVersion); // its content, or its review state
        }
        if (selected != null && CommentedClaims.in(changes).contains(selected)) {
            editor.showNewComments();
        }
        if (selected != null && findMention(selected).isEmpty() && !isClaimOfArticle(selected)) {
            mentionCard.show(null);
        }
        text.flash(changed);
        if (changes.stream().anyMatch(change -> !DO_NOT_CHANGE_SUGGESTIONS.contains(change.kind()))) {
            refreshSuggestions();
        }
    }

    private String whoDeleted(UUID claimId, List<Change> changes) {
        return changes.stream()
                .filter(change -> change.kind() == ChangeKind.CLAIM_DELETED && change.subjectId().equals(claimId))
                .map(Change::userId).filter(Objects::nonNull).findFirst()
                .flatMap(people::find).map(Person::name).orElse("Someone");
    }

    private void updateCount() {
        claimCount.setText("(" + claims.size() + ")");
    }

    private Optional<ClaimDetails> find(UUID claimId) {
        return claims.stream().filter(claim -> claim.id().equals(claimId)).findFirst();
    }

    private Optional<MentionDetails> findMention(UUID mentionId) {
        return mentions.stream().filter(mention -> mention.id().equals(mentionId)).findFirst();
    }

    private boolean isClaimOfArticle(UUID claimId) {
        return claimId != null && find(claimId).isPresent();
    }

    private final class EditorActions implements ClaimEditor.Actions {

        @Override
        public void save(ClaimDetails shown, ClaimEdit edit) {
            ClaimDetails saved = claimService.edit(shown.id(), shown.version(), edit);
            reloadAnnotations(); // its verdict colours the highlight; its claimants show in the list
            editor.show(saved);
            Notifications.success("Claim saved.");
        }

        @Override
        public void changed(ClaimDetails claim) {
            reloadAnnotations();
            editor.show(claim);
        }

        @Override
        public void delete(ClaimDetails shown) {
            claimService.delete(shown.id(), shown.version());
            selected = null;
            editor.show(null);
            reloadAnnotations();
            refreshSuggestions();
            Notifications.success("Claim deleted.");
        }
    }

    /** {@code ?} pressed outside a text field: show the shortcuts. */
    @DomEvent("veritext-help")
    public static class HelpRequest extends ComponentEvent<ArticleView> {
        public HelpRequest(ArticleView source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
