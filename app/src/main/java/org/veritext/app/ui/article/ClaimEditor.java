package org.veritext.app.ui.article;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.veritext.app.ui.common.Abbreviation;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.DomainException;
import org.veritext.core.EditConflictException;
import org.veritext.core.NotFoundException;
import org.veritext.core.access.Access;
import org.veritext.core.access.ClaimAction;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.actor.ActorService;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimEdit;
import org.veritext.core.claim.ClaimEdit.ActorLinkDraft;
import org.veritext.core.claim.ClaimHistory;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.discussion.CommentService;
import org.veritext.core.event.EventService;
import org.veritext.core.project.ProjectService;
import org.veritext.search.similar.SimilarClaims;

/**
 * The selected claim, complete: where it stands in review and the moves the user may make ({@link ReviewBar}); its
 * quote; its fields ({@link ClaimForm}); its discussion ({@link CommentThread}) and history
 * ({@link ClaimHistoryPanel}). Everything typed reaches the server as it is typed, so Ctrl+Enter saves exactly what
 * is on screen. It offers exactly what the access policy allows now: a claim the user may not edit is read-only (no
 * field takes input, no save button), with a line saying why.
 *
 * <p>It keeps the version it showed, and never overwrites a colleague's save unseen: a save over a newer version, or
 * a colleague's save while the user has unsaved changes, leads to both versions side by side ({@link ConflictDialog}),
 * where he keeps his, takes theirs, or merges by hand.
 */
@StyleSheet("context://css/workflow.css")
class ClaimEditor extends Div {

    interface Actions {
        /** Saves the edit; throws {@link EditConflictException} if someone saved the claim since it was shown. */
        void save(ClaimDetails shown, ClaimEdit edit);

        void delete(ClaimDetails shown);

        /** The claim changed here otherwise than by a save (a review move, a reviewer, a restore): show it. */
        void changed(ClaimDetails claim);
    }

    private final Actions actions;
    private final ClaimService claims;
    private final Access access;
    private final ReviewBar reviewBar;
    private final Div readOnlyReason = new Div();
    private final Div notice = new Div();
    private final Div quote = new Div();
    private final ClaimForm form;
    private final Button save = new Button("Save");
    private final Button delete = new Button("Delete\u2026");
    private final Span provenance = new Span();
    private final CommentThread discussion;
    private final ClaimHistoryPanel history;
    private final CheckedBeforePanel checkedBefore;
    private final RepeatLinks repeatLinks;
    private ClaimDetails shown;
    /** What the user may do to the claim shown, as the access policy said when it was shown. */
    private Set<ClaimAction> allowed = EnumSet.noneOf(ClaimAction.class);

    ClaimEditor(Actions actions, ActorService actorService, EventService eventService, ClaimService claims,
                ClaimHistory claimHistory, CommentService comments, ProjectService projects, Access access,
                SimilarClaims similarClaims) {
        this.actions = actions;
        this.claims = claims;
        this.access = access;
        setId("claim-editor");
        addClassName("claim-editor");
        ShownClaim asShown = new AsShown();
        reviewBar = new ReviewBar(asShown, claims, projects);
        readOnlyReason.setId("claim-read-only");
        readOnlyReason.addClassName("claim-read-only");
        notice.setId("claim-editor-notice");
        notice.addClassName("claim-editor-notice");
        notice.setVisible(false);
        quote.addClassName("claim-editor-quote");
        form = new ClaimForm(actorService, eventService);
        save.setId("claim-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setTooltipText("Save (Ctrl+Enter)");
        delete.setId("delete-claim");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        provenance.addClassName("claim-history");
        discussion = new CommentThread(comments, projects);
        history = new ClaimHistoryPanel(asShown, claimHistory, claims);
        // "Checked before?" follows what the claim says as it is typed, so a repeat is seen before saving.
        checkedBefore = new CheckedBeforePanel(similarClaims, this::markRepeatOf);
        form.onRestatementTyped(typed -> checkedBefore.setText(whatItSays(shown, typed)));
        repeatLinks = new RepeatLinks(claims);

        // Right under the quote: whether the team checked this before matters before any field is filled in.
        add(new H3("Selected claim"), reviewBar, readOnlyReason, notice, quote, repeatLinks, checkedBefore, form,
                new HorizontalLayout(save, delete), provenance, discussion, history);
        // Ctrl+Enter anywhere in the editor saves what is on screen: the keystrokes before it have reached the server
        // (eager value changes are sent as they happen, in order), and the key itself never reaches the field (no
        // stray line break in the rationale). Caught in the browser, since a field may keep it from a shortcut.
        addAttachListener(attach -> getElement().executeJs("""
                if (this.__saveKey) { return; }
                this.__saveKey = e => {
                    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                        e.preventDefault();
                        e.stopPropagation();
                        this.dispatchEvent(new CustomEvent('claim-save-request'));
                    }
                };
                this.addEventListener('keydown', this.__saveKey, true);
                """));
        getElement().addEventListener("claim-save-request", request -> save());
        setVisible(false);
    }

    void show(ClaimDetails claim) {
        shown = claim;
        setVisible(claim != null);
        clearNotice();
        if (claim == null) {
            discussion.show(null, false);
            history.show(null, false);
            return;
        }
        quote.setText(claim.quote());
        form.fill(ClaimContent.of(claim));
        present(claim);
        checkedBefore.setText(whatItSays(claim, claim.restatement()));
        checkedBefore.setClaim(claim.id(), claim.articleId(), claim.repeatOf(), allowed.contains(ClaimAction.EDIT));
        repeatLinks.show(claim.id());
    }

    /** What "checked before?" compares: the quote, and the restatement as typed. */
    private static String whatItSays(ClaimDetails claim, String restatement) {
        String quoted = claim == null ? "" : claim.quote();
        return (quoted + " " + (restatement == null ? "" : restatement)).strip();
    }

    /** Marks the claim shown as a repeat of an earlier one (null clears it), as the panel asked. */
    private void markRepeatOf(java.util.UUID earlierClaimId) {
        // What is typed is saved first: marking shows the claim as saved, which would otherwise drop the typing.
        Optional<ClaimDetails> saved = new AsShown().asSaved("mark a repeat", true);
        if (saved.isEmpty()) {
            return;
        }
        try {
            ClaimDetails marked = claims.markRepeatOf(saved.get().id(), saved.get().version(), earlierClaimId);
            actions.changed(marked);
            checkedBefore.setClaim(marked.id(), marked.articleId(), marked.repeatOf(),
                    allowed.contains(ClaimAction.EDIT));
            repeatLinks.show(marked.id());
            Notifications.success(earlierClaimId == null ? "No longer marked as a repeat."
                    : "Marked as a repeat of an earlier claim.");
        } catch (EditConflictException savedMeanwhile) {
            current().ifPresent(this::offerChoices);
        } catch (DomainException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    /**
     * The claim shown was changed by someone else meanwhile (its content, its review state, its reviewer). Without
     * edits of his own the user simply sees the new version; with edits, his work stays, and he can compare the two
     * side by side and choose there (or on saving, which cannot go over theirs unseen).
     */
    void showNewerVersion(ClaimDetails newer) {
        if (shown == null || !shown.id().equals(newer.id()) || newer.version() == shown.version()) {
            return;
        }
        String what = whatChanged(shown, newer);
        if (!hasUnsavedChanges()) {
            show(newer);
            showNotice(what + " just now.", false);
            return;
        }
        // Name the fields they changed, and quote the restatement only if it is one of them: the banner once quoted
        // it when only the rationale had changed.
        List<String> changed = ClaimContent.of(shown).fieldsDifferentFrom(ClaimContent.of(newer));
        String fields = String.join(", ", changed).toLowerCase(Locale.ROOT);
        String theirs = !changed.contains("Restatement") ? ""
                : newer.restatement().isEmpty() ? "; their restatement is empty"
                : "; their restatement reads: \u201C" + newer.restatement() + "\u201D";
        Button compare = new Button("Compare side by side\u2026", click -> offerChoices(newer));
        compare.setId("conflict-compare");
        showNotice(what + " while you were editing it" + (fields.isEmpty() ? "" : " (" + fields + ")")
                + ". Your text is still here" + theirs + ".", true, compare);
    }

    /** Someone commented on the claim shown: its discussion is read again (a comment being typed stays). */
    void showNewComments() {
        if (shown != null && !showsDeletedClaim()) {
            discussion.refresh();
        }
    }

    /** The claim shown was deleted by someone else: say so, keep the typed text so it can be copied, allow no save. */
    void showDeleted(String deletedBy) {
        if (shown == null) {
            return;
        }
        showNotice(deletedBy + " deleted this claim. Your text is kept below, so you can copy it.", true);
        save.setEnabled(false);
        delete.setEnabled(false);
        reviewBar.show(shown, EnumSet.noneOf(ClaimAction.class));
    }

    /** Puts the cursor where a new claim is completed first: who made it. */
    void focusClaimant() {
        form.focusClaimant();
    }

    void focusRestatement() {
        form.focusRestatement();
    }

    /** Proposes a claimant (the speaker a suggestion found), which the user may keep or remove before saving. */
    void proposeClaimant(ActorRef actor) {
        form.proposeClaimant(actor);
    }

    ClaimDetails shown() {
        return shown;
    }

    /** True if anything on screen differs from the claim as saved. */
    boolean hasUnsavedChanges() {
        return shown != null && !showsDeletedClaim() && allowed.contains(ClaimAction.EDIT)
                && !form.onScreen().fieldsDifferentFrom(ClaimContent.of(shown)).isEmpty();
    }

    /** True if the claim shown no longer exists (someone deleted it while it was open). */
    boolean showsDeletedClaim() {
        return shown != null && !save.isEnabled();
    }

    /**
     * Saves if there is anything to save; the actions refresh the view with the saved claim. False if it was not
     * saved because someone saved the claim meanwhile: both versions are then shown side by side to choose from.
     */
    boolean save() {
        if (!hasUnsavedChanges()) {
            return true;
        }
        try {
            actions.save(shown, read());
            return true;
        } catch (EditConflictException savedMeanwhile) {
            current().ifPresent(this::offerChoices);
            return false;
        }
    }

    /** What the form holds now, as an edit of the claim shown. */
    ClaimEdit read() {
        // Links in a role the editor does not show (mentioned) are kept as they were.
        return form.onScreen().toEdit(shown.actors().stream().filter(link -> link.role() == ActorRole.MENTIONED)
                .map(link -> new ActorLinkDraft(link.actor().id(), link.role())).toList());
    }

    /** Everything that follows from the claim and what the user may do to it now; the form's values stay. */
    private void present(ClaimDetails claim) {
        allowed = access.claimActions(claim.facts());
        boolean editable = allowed.contains(ClaimAction.EDIT);
        reviewBar.show(claim, allowed);
        form.setEditable(editable);
        save.setVisible(editable);
        delete.setVisible(allowed.contains(ClaimAction.DELETE));
        readOnlyReason.setText(editable ? "" : whyReadOnly(claim));
        readOnlyReason.setVisible(!editable);
        getElement().getClassList().set("read-only", !editable);
        showProvenance(claim);
        discussion.show(claim, allowed.contains(ClaimAction.COMMENT));
        history.show(claim, allowed.contains(ClaimAction.RESTORE));
    }

    private static String whyReadOnly(ClaimDetails claim) {
        if (!claim.reviewState().isEditable()) {
            String by = claim.stateChangedBy() == null ? "a reviewer" : claim.stateChangedBy().name();
            return claim.reviewState().label() + " by " + by + " \u2014 read-only until a manager reopens it.";
        }
        return "You review this project's claims; you can comment but not edit.";
    }

    // ---------------------------------------------------------------- someone else saved first

    /** The claim as saved now; empty (and said so) if it was deleted meanwhile. */
    private Optional<ClaimDetails> current() {
        try {
            return Optional.of(claims.get(shown.id()));
        } catch (NotFoundException deleted) {
            showDeleted("Someone");
            return Optional.empty();
        }
    }

    /**
     * Shows the user's version beside the newer one, to choose. With nothing of his at stake (a reviewer, or no
     * edits) there is nothing to choose: he sees what changed since he read it, then the new version.
     */
    private void offerChoices(ClaimDetails newer) {
        ClaimDetails base = shown;
        ClaimContent theirs = ClaimContent.of(newer);
        String what = whatChanged(base, newer);
        if (!hasUnsavedChanges()) {
            new ConflictDialog(what + " since you opened it, so nothing was done. Read the new version, then decide "
                    + "again.", "What you read", "Now", ClaimContent.of(base).comparedWith(theirs),
                    new ConflictDialog.Choices(null, () -> show(newer), null, null)).open();
            return;
        }
        ClaimContent mine = form.onScreen();
        boolean stillEditable = access.claimActions(newer.facts()).contains(ClaimAction.EDIT);
        String explanation = what + " since you opened it. Your changes are not saved yet." + (stillEditable
                ? " Choose which to keep." : " It is " + newer.reviewState().label().toLowerCase(Locale.ROOT)
                + " now and cannot be edited: copy what you need from your version.");
        new ConflictDialog(explanation, "Yours (not saved)", "Theirs (saved by " + newer.modifiedBy().name() + ")",
                mine.comparedWith(theirs), new ConflictDialog.Choices(
                        stillEditable ? () -> keepMine(ClaimContent.of(base), mine, newer) : null,
                        () -> takeTheirs(newer, mine),
                        stillEditable ? () -> mergeByHand(ClaimContent.of(base), mine, newer) : null,
                        mine.asText())).open();
    }

    /** Their version in the form; mine is not saved, but stays one click from the clipboard until the next claim. */
    private void takeTheirs(ClaimDetails newer, ClaimContent mine) {
        show(newer);
        CopyToClipboardButton copy = new CopyToClipboardButton("Copy my version", mine.asText());
        copy.setId("claim-copy-discarded");
        showNotice("Their version is shown. Yours was not saved: copy it if you want to use any of it.", false, copy);
    }

    /**
     * The fields I changed, saved over the newer version: knowingly, since the user has seen theirs. A field only
     * they changed keeps their change: "keep mine" must not undo a colleague's work on a field I never touched.
     */
    private void keepMine(ClaimContent base, ClaimContent mine, ClaimDetails newer) {
        shown = newer;
        clearNotice();
        present(newer);
        form.fill(ClaimContent.merge(base, mine, ClaimContent.of(newer)));
        save();
    }

    /** Their version in the form, with each field I had changed set to my value; nothing is saved yet. */
    private void mergeByHand(ClaimContent base, ClaimContent mine, ClaimDetails newer) {
        ClaimContent theirs = ClaimContent.of(newer);
        ClaimContent merged = ClaimContent.merge(base, mine, theirs);
        shown = newer;
        clearNotice();
        form.fill(merged);
        present(newer);
        List<String> mineKept = merged.fieldsDifferentFrom(theirs);
        showNotice(mineKept.isEmpty() ? "Their version is shown: your changes were the same as theirs."
                : "Their version, with your " + String.join(", ", mineKept).toLowerCase(Locale.ROOT)
                + " filled in. Check it, then save.", false);
    }

    /** Who changed what, in a few words: "Rui Reviewer approved this claim". */
    private static String whatChanged(ClaimDetails before, ClaimDetails after) {
        if (before.reviewState() != after.reviewState() && after.stateChangedBy() != null) {
            String did = switch (after.reviewState()) {
                case SUBMITTED -> "submitted";
                case APPROVED -> "approved";
                case CHANGES_REQUESTED -> "requested changes to";
                case REJECTED -> "rejected";
                case DRAFT -> "reopened";
            };
            return after.stateChangedBy().name() + " " + did + " this claim";
        }
        if (after.modifiedAt() != null && !after.modifiedAt().equals(before.modifiedAt())) {
            return after.modifiedBy().name() + " changed this claim";
        }
        return "Someone changed this claim";
    }

    /** The editor as the review bar and the history see it: the claim as saved, and what to do after a change. */
    private final class AsShown implements ShownClaim {

        @Override
        public Optional<ClaimDetails> asSaved(String doing, boolean saveFirst) {
            if (shown == null || showsDeletedClaim()) {
                return Optional.empty();
            }
            if (hasUnsavedChanges() && !(saveFirst && save())) {
                if (!saveFirst) {
                    Notifications.error("Save or discard your changes first: to " + doing + " acts on the claim as "
                            + "saved.");
                }
                return Optional.empty();
            }
            return Optional.of(shown);
        }

        @Override
        public void changed(ClaimDetails claim) {
            actions.changed(claim);
        }

        @Override
        public void changedMeanwhile() {
            current().ifPresent(ClaimEditor.this::offerChoices);
        }
    }

    private void showNotice(String text, boolean warning, Button... choices) {
        notice.removeAll();
        notice.add(new Span(text));
        for (Button choice : choices) {
            choice.addThemeVariants(ButtonVariant.LUMO_SMALL);
            notice.add(choice);
        }
        notice.getElement().getClassList().set("warning", warning);
        notice.setVisible(true);
    }

    private void clearNotice() {
        notice.removeAll();
        notice.setVisible(false);
        save.setEnabled(true);
        delete.setEnabled(true);
    }

    private void showProvenance(ClaimDetails claim) {
        String created = "Created by " + claim.createdBy().name() + ", " + LocalTimes.format(claim.createdAt());
        provenance.setText(claim.version() == 0 ? created
                : created + ". Changed by " + claim.modifiedBy().name() + ", " + LocalTimes.format(claim.modifiedAt()));
    }

    private void confirmDelete() {
        ClaimDetails claim = shown;
        ConfirmDialog confirm = new ConfirmDialog("Delete this claim?",
                "\u201C" + Abbreviation.of(claim.quote(), 120) + "\u201D, its restatement, verdict and links will be "
                        + "deleted.",
                "Delete", confirmed -> actions.delete(claim));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setId("confirm-delete-claim");
        confirm.open();
    }
}
