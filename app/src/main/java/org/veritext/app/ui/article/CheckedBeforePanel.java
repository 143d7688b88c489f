package org.veritext.app.ui.article;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.veritext.app.ui.common.Abbreviation;
import org.veritext.app.ui.common.VerdictBadge;
import org.veritext.core.DomainException;
import org.veritext.search.similar.CheckedBefore;
import org.veritext.search.similar.SimilarClaim;
import org.veritext.search.similar.SimilarClaims;

/**
 * "Checked before?": while a claim is written, the earlier claims most like it (from every project the user is a
 * member of, filtered inside the search module), each with its verdict and a link to it, and a button to mark the
 * claim being written as a repeat of it. Self-contained: the claim editor tells it the text ({@link #setText}) and the
 * claim ({@link #setClaim}); it asks {@link SimilarClaims} itself, at most once per pause in typing.
 *
 * <p>The pause is measured in the browser ({@value #PAUSE_MILLIS} ms after the last change): every change of the
 * text restarts a timer there, and only the last one calls back. The answer is for the text as it is then, so an
 * answer never overtakes a newer text.
 *
 * <p>Stable ids for tests: {@code checked-before} (this panel), {@code checked-before-list}; each entry a
 * {@code .checked-before-entry} with {@code data-claim-id}, its link {@code a.checked-before-link}, its verdict
 * badge, and its button {@code .checked-before-mark} (absent when marking is not allowed). The entry of the claim
 * the edited claim is marked as a repeat of has the class {@code marked}, and its button clears the mark.
 */
public class CheckedBeforePanel extends Div {

    /** How long the user must stop typing before the panel asks. */
    public static final int PAUSE_MILLIS = 400;
    /** How many earlier claims are shown. */
    public static final int SHOWN = 3; // above the claim's fields: a short list, best first

    private final SimilarClaims similarClaims;
    private final Consumer<UUID> markRepeatOf;
    private final Div list = new Div();
    private final Div notice = new Div();
    private String text = "";
    private UUID claimId;
    /** The article of the claim being written: its own other claims are not "checked before". */
    private UUID articleId;
    private UUID repeatOf;
    private boolean markingAllowed;
    /** Counts changes of the text: a callback for an older one is ignored. */
    private int generation;
    private List<SimilarClaim> shown = List.of();

    /**
     * @param markRepeatOf called with the earlier claim's id when the user marks the claim being written as a repeat
     *                     of it, or with null when he clears the mark: the editor saves it
     *                     ({@code ClaimService.markRepeatOf}) and then calls {@link #setClaim} with what was saved
     */
    public CheckedBeforePanel(SimilarClaims similarClaims, Consumer<UUID> markRepeatOf) {
        this.similarClaims = Objects.requireNonNull(similarClaims);
        this.markRepeatOf = Objects.requireNonNull(markRepeatOf);
        setId("checked-before");
        addClassName("checked-before");
        H4 title = new H4("Checked before?");
        title.addClassName("checked-before-title");
        list.setId("checked-before-list");
        list.addClassName("checked-before-list");
        notice.addClassName("checked-before-notice");
        notice.setVisible(false);
        add(title, notice, list);
        showEmpty("Write the claim to see whether it was checked before.");
    }

    /**
     * The claim being written (null while it is not saved yet: nothing to exclude or mark), the earlier claim it is
     * marked as a repeat of (or null), and whether the user may mark it (ask {@code Access} for ANNOTATE in the
     * claim's project). Redraws what is shown; asks nothing.
     */
    public void setClaim(UUID claimId, UUID articleId, UUID repeatOf, boolean markingAllowed) {
        boolean otherClaim = !Objects.equals(this.claimId, claimId);
        this.claimId = claimId;
        this.articleId = articleId;
        this.repeatOf = repeatOf;
        this.markingAllowed = markingAllowed;
        if (otherClaim) {
            searchNow();
        } else {
            draw();
        }
    }

    /**
     * What the claim says now (e.g. its quote and restatement). The panel asks once the user pauses; call it on
     * every change.
     */
    public void setText(String newText) {
        String value = newText == null ? "" : newText;
        if (value.equals(text)) {
            return;
        }
        text = value;
        int asked = ++generation;
        getElement().executeJs("clearTimeout(this.__checkedBeforeTimer);"
                + "this.__checkedBeforeTimer = setTimeout(() => this.$server.paused($0), $1);", asked, PAUSE_MILLIS);
    }

    /** Asks at once for the current text, e.g. when the editor opens a claim. */
    public void searchNow() {
        generation++;
        search();
    }

    /** The earlier claims shown now, best first. */
    public List<SimilarClaim> shown() {
        return shown;
    }

    @ClientCallable
    private void paused(int asked) {
        if (asked == generation) {
            search();
        }
    }

    private void search() {
        if (text.isBlank()) {
            shown = List.of();
            notice.setVisible(false);
            showEmpty("Write the claim to see whether it was checked before.");
            return;
        }
        try {
            // Asked for more than are shown, since claims of the same article are left out.
            CheckedBefore answer = similarClaims.checkedBefore(text, claimId, SHOWN * 4);
            shown = answer.claims().stream().filter(claim -> !claim.articleId().equals(articleId)).limit(SHOWN)
                    .toList();
            notice.setText(answer.notice());
            notice.setVisible(answer.hasNotice());
        } catch (DomainException refused) {
            shown = List.of();
            notice.setText(refused.getMessage());
            notice.setVisible(true);
        }
        draw();
    }

    private void draw() {
        list.removeAll();
        if (shown.isEmpty()) {
            showEmpty(notice.isVisible() ? "" : "No earlier claim like this one.");
            return;
        }
        shown.forEach(claim -> list.add(entry(claim)));
    }

    private void showEmpty(String message) {
        list.removeAll();
        if (!message.isEmpty()) {
            Div empty = new Div(message);
            empty.addClassName("checked-before-empty");
            list.add(empty);
        }
    }

    private Div entry(SimilarClaim claim) {
        Div entry = new Div();
        entry.addClassName("checked-before-entry");
        entry.getElement().setAttribute("data-claim-id", claim.claimId().toString());
        boolean marked = claim.claimId().equals(repeatOf);
        if (marked) {
            entry.addClassName("marked");
        }
        String says = claim.restatement() == null || claim.restatement().isBlank() ? claim.quote()
                : claim.restatement();
        Anchor link = new Anchor("articles/" + claim.articleId() + "?claim=" + claim.claimId(),
                "\u201C" + Abbreviation.of(says, 160) + "\u201D");
        link.addClassName("checked-before-link");
        link.setTarget("_blank"); // the claim being written stays open
        Span where = new Span(claim.articleTitle()
                + (claim.claimants().isEmpty() ? "" : " \u00B7 " + String.join(", ", claim.claimants())));
        where.addClassName("checked-before-where");
        entry.add(new VerdictBadge(claim.verdict()), link, where);
        if (markingAllowed && claimId != null) {
            Button mark = new Button(marked ? "Not a repeat" : "Mark as repeat",
                    click -> markRepeatOf.accept(marked ? null : claim.claimId()));
            mark.addClassName("checked-before-mark");
            mark.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            entry.add(mark);
        }
        return entry;
    }
}
