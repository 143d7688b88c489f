package org.veritext.app.ui.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veritext.search.similar.CheckedBefore;
import org.veritext.search.similar.SimilarClaim;
import org.veritext.search.similar.SimilarClaims;
import org.veritext.search.similar.SimilarityMethod;
import org.veritext.core.EditConflictException;
import org.veritext.core.access.Access;
import org.veritext.core.access.ClaimAction;
import org.veritext.core.actor.ActorService;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimEdit;
import org.veritext.core.claim.ClaimHistory;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.Verdict;
import org.veritext.core.discussion.CommentService;
import org.veritext.core.event.EventService;
import org.veritext.core.project.ProjectDetails;
import org.veritext.core.project.ProjectDetails.Member;
import org.veritext.core.project.ProjectRole;
import org.veritext.core.project.ProjectService;
import org.veritext.core.review.ReviewState;
import org.veritext.core.user.Person;

/**
 * The claim editor offers what the access policy grants and nothing else, makes a claim the user may not edit
 * read-only with the reason in words, and never lets a save go over a newer version unseen. The services are
 * stand-ins: what is tested is what the editor makes of their answers.
 */
class ClaimEditorTest {

    private static final Person ANA = new Person(UUID.randomUUID(), "annotator", "Ana Annotator");
    private static final Person RUI = new Person(UUID.randomUUID(), "reviewer", "Rui Reviewer");
    private static final List<String> REVIEW_BUTTONS = List.of("claim-submit", "claim-approve",
            "claim-request-changes", "claim-reject", "claim-reopen", "claim-assign-reviewer");

    private final Access access = mock(Access.class);
    private final ClaimService claims = mock(ClaimService.class);
    private final ProjectService projects = mock(ProjectService.class);
    private final ClaimEditor.Actions actions = mock(ClaimEditor.Actions.class);
    private final SimilarClaims similar = mock(SimilarClaims.class);
    private final UI ui = new UI();
    private ClaimEditor editor;

    @BeforeEach
    void anEditorOnAPage() {
        UI.setCurrent(ui); // dialogs open into the current UI
        ui.getInternals().setSession(mock(VaadinSession.class)); // a session that always holds its lock
        when(claims.repeats(any())).thenReturn(new ClaimService.Repeats(null, List.of()));
        when(similar.checkedBefore(any(), any(), org.mockito.ArgumentMatchers.anyInt()))
                .thenReturn(new CheckedBefore(List.of(), ""));
        editor = new ClaimEditor(actions, mock(ActorService.class), mock(EventService.class), claims,
                mock(ClaimHistory.class), mock(CommentService.class), projects, access, similar);
        ui.add(editor);
    }

    @AfterEach
    void leaveThePage() {
        UI.setCurrent(null);
    }

    @Test
    void aReviewerIsOfferedTheDecisionsThePolicyGrantsAndNoEditing() {
        allow(ClaimAction.COMMENT, ClaimAction.APPROVE, ClaimAction.REQUEST_CHANGES, ClaimAction.REJECT);

        editor.show(claim(ReviewState.SUBMITTED, null, 1));

        assertThat(shownButtons()).containsExactly("claim-approve", "claim-request-changes", "claim-reject");
        assertThat(visible("claim-save")).isFalse();
        assertThat(visible("delete-claim")).isFalse();
        assertThat(restatement().isReadOnly()).isTrue();
        assertThat(text("claim-read-only")).isEqualTo("You review this project's claims; you can comment but not edit.");
        assertThat(text("claim-state")).isEqualTo("Submitted");
    }

    @Test
    void anAnnotatorMayEditAndSubmitHisDraftButNotDecideOnIt() {
        allow(ClaimAction.COMMENT, ClaimAction.EDIT, ClaimAction.DELETE, ClaimAction.SUBMIT);

        editor.show(claim(ReviewState.DRAFT, null, 0));

        assertThat(shownButtons()).containsExactly("claim-submit");
        assertThat(visible("claim-save")).isTrue();
        assertThat(visible("delete-claim")).isTrue();
        assertThat(visible("claim-read-only")).isFalse();
        assertThat(restatement().isReadOnly()).isFalse();
    }

    @Test
    void anApprovedClaimIsReadOnlyForItsAnnotatorWithTheReason() {
        allow(ClaimAction.COMMENT);

        editor.show(claim(ReviewState.APPROVED, RUI, 3));

        assertThat(shownButtons()).isEmpty();
        assertThat(visible("claim-save")).isFalse();
        assertThat(visible("claim-read-only")).isTrue();
        assertThat(text("claim-read-only")).isEqualTo("Approved by Rui Reviewer \u2014 read-only until a manager reopens it.");
        assertThat(fields()).allMatch(HasValueAndElement::isReadOnly);
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void whenTheClaimBecomesReadOnlyTheOfferedMovesFollow() {
        allow(ClaimAction.COMMENT, ClaimAction.EDIT, ClaimAction.SUBMIT);
        editor.show(claim(ReviewState.DRAFT, null, 0));
        allow(ClaimAction.COMMENT);

        editor.showNewerVersion(claim(ReviewState.APPROVED, RUI, 1));

        assertThat(shownButtons()).isEmpty();
        assertThat(restatement().isReadOnly()).isTrue();
        assertThat(text("claim-editor-notice")).startsWith("Rui Reviewer approved this claim");
    }

    @Test
    void aSaveOverANewerVersionSavesNothingKeepsTheTypingAndShowsBothVersions() {
        allow(ClaimAction.COMMENT, ClaimAction.EDIT);
        ClaimDetails shown = claim(ReviewState.DRAFT, null, 0);
        editor.show(shown);
        restatement().setValue("My wording, not saved yet.");
        doThrow(new EditConflictException("Someone saved it meanwhile.")).when(actions).save(any(), any());
        ClaimDetails theirs = withRestatement(claim(ReviewState.DRAFT, null, 1), "Their wording, saved.");
        when(claims.get(shown.id())).thenReturn(theirs);

        boolean saved = editor.save();

        assertThat(saved).isFalse();
        verify(actions, times(1)).save(any(), any());
        assertThat(restatement().getValue()).isEqualTo("My wording, not saved yet.");
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse(); // a dialog joins the page then
        assertThat(ui.getChildren().filter(ConflictDialog.class::isInstance)).hasSize(1);
        assertThat(editor.hasUnsavedChanges()).as("nothing was taken as saved").isTrue();
    }

    @Test
    void aColleaguesSaveWhileTypingIsAnnouncedNeverAppliedOverTheTyping() {
        allow(ClaimAction.COMMENT, ClaimAction.EDIT);
        ClaimDetails shown = claim(ReviewState.DRAFT, null, 0);
        editor.show(shown);
        restatement().setValue("My wording, not saved yet.");

        editor.showNewerVersion(withRestatement(claim(ReviewState.DRAFT, null, 1), "Their wording, saved."));

        assertThat(restatement().getValue()).isEqualTo("My wording, not saved yet.");
        assertThat(text("claim-editor-notice")).contains("while you were editing it", "Their wording, saved.");
        verify(actions, never()).save(any(), any());
    }

    @Test
    void askingAReviewerOffersTheProjectsReviewersButNeverTheMakerOrTheLastEditor() {
        Person mia = new Person(UUID.randomUUID(), "manager", "Mia Manager");
        Person eve = new Person(UUID.randomUUID(), "editor", "Eve Editor");
        Person ivo = new Person(UUID.randomUUID(), "other", "Ivo Other");
        when(projects.get(PROJECT)).thenReturn(new ProjectDetails(PROJECT, "City desk", "", List.of(
                new Member(ANA, ProjectRole.ANNOTATOR), new Member(ivo, ProjectRole.ANNOTATOR),
                new Member(RUI, ProjectRole.REVIEWER), new Member(eve, ProjectRole.REVIEWER),
                new Member(mia, ProjectRole.MANAGER)), 0));
        allow(ClaimAction.COMMENT, ClaimAction.EDIT, ClaimAction.ASSIGN_REVIEWER, ClaimAction.APPROVE);
        editor.show(withRestatement(claim(ReviewState.SUBMITTED, null, 1), "Edited by Eve.", eve));
        assertThat(shownButtons()).containsExactly("claim-approve", "claim-assign-reviewer");

        ((Button) find("claim-assign-reviewer")).click();

        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        AskReviewerDialog dialog = ui.getChildren().filter(AskReviewerDialog.class::isInstance)
                .map(AskReviewerDialog.class::cast).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<Person> choice = (ComboBox<Person>) descendants(dialog)
                .filter(c -> c.getId().filter("reviewer-choice"::equals).isPresent()).findFirst().orElseThrow();
        assertThat(choice.getListDataView().getItems()).containsExactly(RUI, mia);
    }

    // ---------------------------------------------------------------- helpers

    @Test
    void theBannerNamesTheFieldTheColleagueChangedAndQuotesNoOther() {
        allow(ClaimAction.COMMENT, ClaimAction.EDIT);
        editor.show(claim(ReviewState.DRAFT, null, 0));
        restatement().setValue("My wording, not saved yet.");
        ClaimDetails v1 = claim(ReviewState.DRAFT, null, 1);
        ClaimDetails theirs = new ClaimDetails(v1.id(), v1.articleId(), v1.projectId(), v1.start(), v1.end(),
                v1.quote(), v1.prefix(), v1.suffix(), v1.restatement(), v1.verdict(), "Council minutes, p. 4.",
                v1.evidence(), v1.tags(), v1.actors(), v1.events(), v1.reviewState(), v1.reviewer(),
                v1.stateChangedBy(), v1.stateChangedAt(), v1.createdBy(), v1.createdAt(), RUI, v1.modifiedAt(),
                v1.version(), null);

        editor.showNewerVersion(theirs);

        assertThat(text("claim-editor-notice")).contains("(rationale)").doesNotContain("restatement reads");
        assertThat(restatement().getValue()).isEqualTo("My wording, not saved yet.");
    }

    @Test
    void markingARepeatSavesWhatIsTypedFirstAndMarksTheSavedVersion() {
        allow(ClaimAction.COMMENT, ClaimAction.EDIT);
        UUID earlier = UUID.randomUUID();
        when(similar.checkedBefore(any(), any(), org.mockito.ArgumentMatchers.anyInt())).thenReturn(new CheckedBefore(
                List.of(new SimilarClaim(earlier, UUID.randomUUID(), "Earlier article", "cost 48 million euros", "",
                        List.of(), Verdict.FALSE, ReviewState.APPROVED, 1.0, Set.of(SimilarityMethod.WORDS))), ""));
        ClaimDetails shown = claim(ReviewState.DRAFT, null, 0);
        editor.show(shown);
        restatement().setValue("My wording, not saved yet.");
        ClaimDetails saved = withRestatement(claim(ReviewState.DRAFT, null, 1), "My wording, not saved yet.");
        org.mockito.Mockito.doAnswer(save -> {
            editor.show(saved); // as the article view does with what was saved
            return null;
        }).when(actions).save(any(), any());
        when(claims.markRepeatOf(CLAIM, 1L, earlier)).thenReturn(saved);

        descendants(editor).filter(c -> c.getClassNames().contains("checked-before-mark")).map(Button.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no mark button")).click();

        org.mockito.InOrder order = org.mockito.Mockito.inOrder(actions, claims);
        order.verify(actions).save(any(), org.mockito.ArgumentMatchers.argThat(edit ->
                "My wording, not saved yet.".equals(edit.restatement())));
        order.verify(claims).markRepeatOf(CLAIM, 1L, earlier);
        assertThat(restatement().getValue()).isEqualTo("My wording, not saved yet.");
    }

    private void allow(ClaimAction... allowed) {
        Set<ClaimAction> set = EnumSet.noneOf(ClaimAction.class);
        set.addAll(List.of(allowed));
        when(access.claimActions(any())).thenReturn(set);
    }

    private static final UUID CLAIM = UUID.randomUUID();
    private static final UUID PROJECT = UUID.randomUUID();
    private static final Instant CREATED = Instant.parse("2026-11-26T09:00:00Z");

    private static ClaimDetails claim(ReviewState state, Person decidedBy, long version) {
        return new ClaimDetails(CLAIM, UUID.randomUUID(), PROJECT, 0, 10, "cost 48 million euros", "", "",
                "The tram costs 48 million euros.", Verdict.NOT_YET_RATED, "", List.of(), List.of(), List.of(),
                List.of(), state, null, decidedBy, decidedBy == null ? null : CREATED.plusSeconds(60), ANA, CREATED,
                ANA, CREATED.plusSeconds(version), version, null);
    }

    private static ClaimDetails withRestatement(ClaimDetails claim, String restatement) {
        return withRestatement(claim, restatement, new Person(UUID.randomUUID(), "manager", "Mia Manager"));
    }

    private static ClaimDetails withRestatement(ClaimDetails claim, String restatement, Person editedBy) {
        return new ClaimDetails(claim.id(), claim.articleId(), claim.projectId(), claim.start(), claim.end(),
                claim.quote(), claim.prefix(), claim.suffix(), restatement, claim.verdict(), claim.rationale(),
                claim.evidence(), claim.tags(), claim.actors(), claim.events(), claim.reviewState(), claim.reviewer(),
                claim.stateChangedBy(), claim.stateChangedAt(), claim.createdBy(), claim.createdAt(), editedBy,
                claim.modifiedAt(), claim.version(), claim.repeatOf());
    }

    private List<String> shownButtons() {
        return REVIEW_BUTTONS.stream().filter(this::visible).toList();
    }

    private boolean visible(String id) {
        return find(id).isVisible();
    }

    private String text(String id) {
        Component found = find(id);
        return found instanceof Span span ? span.getText() : found.getElement().getTextRecursively();
    }

    private TextArea restatement() {
        return (TextArea) find("claim-restatement");
    }

    private List<HasValueAndElement<?, ?>> fields() {
        Component form = descendants(editor).filter(ClaimForm.class::isInstance).findFirst().orElseThrow();
        return descendants(form).filter(HasValueAndElement.class::isInstance)
                .<HasValueAndElement<?, ?>>map(component -> (HasValueAndElement<?, ?>) component).toList();
    }

    private Component find(String id) {
        Optional<Component> found = descendants(editor).filter(c -> c.getId().filter(id::equals).isPresent())
                .findFirst();
        return found.orElseThrow(() -> new AssertionError("No component with id " + id));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ClaimEditorTest::descendants));
    }
}
