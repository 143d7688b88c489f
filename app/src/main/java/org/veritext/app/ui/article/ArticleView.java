package org.veritext.app.ui.article;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveEvent.ContinueNavigationAction;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.veritext.app.live.LiveUpdates;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.app.ui.common.Ids;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.DomainException;
import org.veritext.core.NotFoundException;
import org.veritext.core.article.ArticleDetails;
import org.veritext.core.article.ArticleService;
import org.veritext.core.changes.Change;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.actor.ActorService;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimEdit;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.SameWordsException;
import org.veritext.core.event.EventService;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.user.Person;
import org.veritext.core.user.UserAccountService;

/**
 * One article: its text with the claims highlighted, and beside it the claims in text order and the selected
 * claim's editor. {@code /articles/{id}?claim={claimId}} opens it at that claim.
 */
@Route("articles/:articleId")
@PermitAll
public class ArticleView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final ArticleService articles;
    private final ClaimService claimService;
    private final UserAccountService people;
    private final LiveUpdates liveUpdates;
    private Registration following;

    private ArticleDetails article;
    private List<ClaimDetails> claims = List.of();
    private UUID selected;

    private ClaimText text;
    private final ClaimList claimList = new ClaimList(this::choose);
    private final ClaimEditor editor;
    private final Span claimCount = new Span();
    private final Button createClaim = new Button("Create claim", VaadinIcon.PLUS.create());

    public ArticleView(ArticleService articles, ClaimService claimService, UserAccountService people,
                       LiveUpdates liveUpdates, ActorService actorService, EventService eventService) {
        this.editor = new ClaimEditor(new EditorActions(), actorService, eventService);
        this.articles = articles;
        this.claimService = claimService;
        this.people = people;
        this.liveUpdates = liveUpdates;
        addClassName("article-view");
        claimCount.addClassName("claim-count");
        // Wired once: Vaadin reuses this view when one article leads to another, and build() runs each time.
        createClaim.setId("create-claim");
        createClaim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createClaim.setTooltipText("Create a claim from the selected text (Enter)");
        createClaim.addClickListener(click -> text.requestClaim());
        // Keep the text selection when the button is pressed: a mouse-down outside the text would clear it.
        createClaim.getElement().executeJs("this.addEventListener('mousedown', e => e.preventDefault())");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID articleId = event.getRouteParameters().get("articleId").flatMap(Ids::parse)
                .orElseThrow(() -> new NotFoundException("There is no article at this address."));
        article = articles.get(articleId);
        claims = claimService.claimsOf(articleId);
        build();
        Optional<UUID> claimToOpen = event.getLocation().getQueryParameters().getSingleParameter("claim")
                .flatMap(Ids::parse);
        claimToOpen.filter(this::isClaimOfArticle).ifPresentOrElse(this::openAt, () -> claimToOpen.ifPresent(
                missing -> Notifications.error("That claim is not in this article any more. Someone may have deleted it.")));
    }

    /** Follows the article's changes while the view is open: colleagues' claims appear without a reload. */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        following = liveUpdates.subscribe(attach.getUI(),
                change -> article != null && article.id().equals(change.articleId()), this::showChangesOfOthers);
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
        text.setClaims(claims);
        text.addSelectionChangeListener(change -> createClaim.setEnabled(!change.isEmpty()));
        text.addCreateRequestListener(request -> request.selection().ifPresent(this::create));
        text.addHighlightClickListener(click -> Ids.parse(click.claimId()).ifPresent(this::choose));

        createClaim.setEnabled(false);
        Span hint = new Span("Select the words of a claim in the text, then press Enter or Create claim.");
        hint.addClassName("toolbar-hint");
        Div toolbar = new Div(createClaim, hint);
        toolbar.addClassName("article-toolbar");

        Section reading = new Section(header(), toolbar, text);
        reading.addClassName("article-reading");

        selected = null;
        editor.show(null);
        claimList.setClaims(claims, null);
        updateCount();
        H3 claimsHeading = new H3("Claims ");
        claimsHeading.add(claimCount);
        Aside panel = new Aside(claimsHeading, claimList, editor);
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
        return new Header(title, meta);
    }

    private void create(TextSelection selection) {
        if (editor.hasUnsavedChanges() && !saveEditor()) {
            return;
        }
        ClaimDetails created;
        try {
            created = claimService.create(article.id(), selection, "");
        } catch (SameWordsException same) {
            text.clearSelection();
            Notifications.error(same.getMessage());
            if (same.existingClaimId() != null && isClaimOfArticle(same.existingClaimId())) {
                openAt(same.existingClaimId());
            }
            return;
        }
        text.clearSelection();
        reloadClaims(created.id());
        text.scrollToClaim(created.id());
        editor.focusClaimant();
        Notifications.success("Claim created. Who made it?");
    }

    /** Selects a claim from the list or a highlight; unsaved edits of the current one are saved first. */
    private void choose(UUID claimId) {
        if (claimId.equals(selected) || !isClaimOfArticle(claimId)) {
            return;
        }
        if (editor.hasUnsavedChanges() && !saveEditor()) {
            return;
        }
        openAt(claimId);
    }

    private void openAt(UUID claimId) {
        select(claimId);
        text.scrollToClaim(claimId);
    }

    private void select(UUID claimId) {
        selected = claimId;
        text.setSelectedClaim(claimId);
        claimList.markSelected(claimId);
        editor.show(find(claimId).orElse(null));
    }

    private boolean saveEditor() {
        try {
            editor.save();
            return true;
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
            return false;
        }
    }

    private void reloadClaims(UUID toSelect) {
        claims = claimService.claimsOf(article.id());
        text.setClaims(claims);
        claimList.setClaims(claims, null);
        updateCount();
        select(toSelect != null && isClaimOfArticle(toSelect) ? toSelect : null);
    }

    /**
     * Brings the view up to date after changes committed elsewhere (another browser, another node): claims are
     * re-read, only what differs is shown anew and flashed, and the user's text selection and typed text stay. The
     * user's own saves arrive here too, and change nothing, since the view already shows them.
     */
    private void showChangesOfOthers(List<Change> changes) {
        List<ClaimDetails> now = claimService.claimsOf(article.id());
        Map<UUID, ClaimDetails> before = new HashMap<>();
        claims.forEach(claim -> before.put(claim.id(), claim));
        Set<UUID> changed = new LinkedHashSet<>();
        for (ClaimDetails claim : now) {
            ClaimDetails earlier = before.remove(claim.id());
            if (earlier == null || earlier.version() != claim.version()) {
                changed.add(claim.id());
            }
        }
        Set<UUID> deleted = before.keySet();
        if (changed.isEmpty() && deleted.isEmpty()) {
            return;
        }
        claims = now;
        text.setClaims(claims);
        claimList.setClaims(claims, isClaimOfArticle(selected) ? selected : null);
        updateCount();
        if (selected != null && deleted.contains(selected)) {
            editor.showDeleted(whoDeleted(selected, changes));
            text.setSelectedClaim(null);
        } else if (selected != null && changed.contains(selected)) {
            find(selected).ifPresent(editor::showNewerVersion);
        }
        text.flashClaims(changed);
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

    private boolean isClaimOfArticle(UUID claimId) {
        return find(claimId).isPresent();
    }

    private final class EditorActions implements ClaimEditor.Actions {

        @Override
        public void save(ClaimDetails shown, ClaimEdit edit) {
            ClaimDetails saved = claimService.edit(shown.id(), shown.version(), edit);
            // Only the restatement changed: the highlights stay, one row of the list is redrawn.
            claims = claims.stream().map(claim -> claim.id().equals(saved.id()) ? saved : claim).toList();
            claimList.update(saved);
            editor.show(saved);
            Notifications.success("Claim saved.");
        }

        @Override
        public void delete(ClaimDetails shown) {
            claimService.delete(shown.id(), shown.version());
            reloadClaims(null);
            Notifications.success("Claim deleted.");
        }
    }
}
