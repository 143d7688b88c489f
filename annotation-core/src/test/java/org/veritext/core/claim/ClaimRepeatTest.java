package org.veritext.core.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.veritext.core.DomainException;
import org.veritext.core.EditConflictException;
import org.veritext.core.NotFoundException;
import org.veritext.core.NotPermittedException;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.Selections;
import org.veritext.core.testing.SignIn;

/** "Repeat of": a claim marked as the same claim as an earlier one, stored, shown both ways, guarded, logged. */
class ClaimRepeatTest extends DatabaseTest {

    private static final String EARLIER_TEXT = "The minister said inflation fell to four percent last year.";
    private static final String LATER_TEXT = "According to the finance chief, prices rose only 4% in 2024.";

    @Autowired
    private ArticleService articles;

    @Autowired
    private ClaimService claims;

    @Autowired
    private ClaimHistory history;

    @Autowired
    private ClaimDigests digests;

    /** A project the annotator is not a member of; the manager is in both. */
    private UUID otherProject;

    @BeforeEach
    void otherProject() {
        otherProject = projectWithMembers("Elsewhere", Map.of(MANAGER, "MANAGER"));
    }

    @Test
    void marksARepeatShowsItBothWaysRecordsItAndClearsIt() {
        ClaimDetails earlier = claimIn(desk, EARLIER_TEXT, ANNOTATOR);
        ClaimDetails later = claimIn(desk, LATER_TEXT, ANNOTATOR);
        long before = changeLog.head();

        ClaimDetails marked = SignIn.as(ANNOTATOR, () -> claims.markRepeatOf(later.id(), later.version(),
                earlier.id()));

        assertThat(marked.repeatOf()).isEqualTo(earlier.id());
        assertThat(marked.version()).isGreaterThan(later.version());
        assertThat(SignIn.as(ANNOTATOR, () -> claims.get(later.id())).repeatOf()).isEqualTo(earlier.id());
        ClaimService.Repeats ofLater = SignIn.as(ANNOTATOR, () -> claims.repeats(later.id()));
        assertThat(ofLater.repeatOf().claimId()).isEqualTo(earlier.id());
        assertThat(ofLater.repeatOf().quote()).isEqualTo(EARLIER_TEXT);
        assertThat(ofLater.repeatedBy()).isEmpty();
        ClaimService.Repeats ofEarlier = SignIn.as(ANNOTATOR, () -> claims.repeats(earlier.id()));
        assertThat(ofEarlier.repeatOf()).isNull();
        assertThat(ofEarlier.repeatedBy()).extracting(LinkedClaim::claimId).containsExactly(later.id());
        assertThat(changesAfter(before)).containsExactly(ChangeKind.CLAIM_REPEAT_MARKED + " " + later.id());
        assertThat(SignIn.as(ANNOTATOR, () -> history.of(later.id())).getFirst().title())
                .isEqualTo("Marked as a repeat of an earlier claim");
        assertThat(digests.find(List.of(later.id())).get(later.id()).repeatOfId()).isEqualTo(earlier.id());

        ClaimDetails cleared = SignIn.as(ANNOTATOR, () -> claims.markRepeatOf(later.id(), marked.version(), null));

        assertThat(cleared.repeatOf()).isNull();
        assertThat(SignIn.as(ANNOTATOR, () -> claims.repeats(earlier.id())).repeatedBy()).isEmpty();
        assertThat(SignIn.as(ANNOTATOR, () -> history.of(later.id())).getFirst().title())
                .isEqualTo("No longer marked as a repeat");
    }

    @Test
    void anEarlierClaimTheUserMayNotSeeIsRefusedAsIfItDidNotExist() {
        ClaimDetails hidden = claimIn(otherProject, EARLIER_TEXT, MANAGER);
        ClaimDetails later = claimIn(desk, LATER_TEXT, ANNOTATOR);
        long before = changeLog.head();

        assertThatThrownBy(() -> SignIn.as(ANNOTATOR, () -> claims.markRepeatOf(later.id(), later.version(),
                hidden.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignIn.as(ANNOTATOR, () -> claims.markRepeatOf(later.id(), later.version(),
                UUID.randomUUID()))).isInstanceOf(NotFoundException.class);

        assertThat(SignIn.as(ANNOTATOR, () -> claims.get(later.id())).repeatOf()).isNull();
        assertThat(changesAfter(before)).isEmpty();
    }

    @Test
    void theLinkIsShownOnlyAsFarAsTheViewerMaySee() {
        ClaimDetails earlier = claimIn(desk, EARLIER_TEXT, ANNOTATOR);
        ClaimDetails elsewhere = claimIn(otherProject, LATER_TEXT, MANAGER);
        SignIn.as(MANAGER, () -> claims.markRepeatOf(elsewhere.id(), elsewhere.version(), earlier.id()));

        assertThat(SignIn.as(MANAGER, () -> claims.repeats(earlier.id())).repeatedBy())
                .extracting(LinkedClaim::claimId).containsExactly(elsewhere.id());
        assertThat(SignIn.as(ANNOTATOR, () -> claims.repeats(earlier.id())).repeatedBy()).isEmpty();
        assertThatThrownBy(() -> SignIn.as(ANNOTATOR, () -> claims.repeats(elsewhere.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyThoseWhoMayAnnotateInTheClaimsProjectMayMarkIt() {
        ClaimDetails earlier = claimIn(desk, EARLIER_TEXT, ANNOTATOR);
        ClaimDetails later = claimIn(desk, LATER_TEXT, ANNOTATOR);

        assertThatThrownBy(() -> SignIn.as(REVIEWER, () -> claims.markRepeatOf(later.id(), later.version(),
                earlier.id()))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> SignIn.as(OUTSIDER, () -> claims.markRepeatOf(later.id(), later.version(),
                earlier.id()))).isInstanceOf(NotFoundException.class);
        assertThat(SignIn.as(ANNOTATOR, () -> claims.get(later.id())).repeatOf()).isNull();
    }

    @Test
    void anApprovedClaimIsReadOnlyForTheMarkToo() {
        ClaimDetails earlier = claimIn(desk, EARLIER_TEXT, ANNOTATOR);
        ClaimDetails later = claimIn(desk, LATER_TEXT, ANNOTATOR);
        ClaimDetails submitted = SignIn.as(ANNOTATOR, () -> claims.move(later.id(), later.version(),
                org.veritext.core.review.ReviewMove.SUBMIT, null));
        ClaimDetails approved = SignIn.as(REVIEWER, () -> claims.move(later.id(), submitted.version(),
                org.veritext.core.review.ReviewMove.APPROVE, null));

        assertThatThrownBy(() -> SignIn.as(ANNOTATOR, () -> claims.markRepeatOf(later.id(), approved.version(),
                earlier.id()))).isInstanceOf(NotPermittedException.class).hasMessageContaining("read-only");
        assertThat(SignIn.as(ANNOTATOR, () -> claims.get(later.id())).repeatOf()).isNull();
    }

    @Test
    void refusesItselfACircleAndAStaleVersion() {
        ClaimDetails earlier = claimIn(desk, EARLIER_TEXT, ANNOTATOR);
        ClaimDetails later = claimIn(desk, LATER_TEXT, ANNOTATOR);
        SignIn.as(ANNOTATOR, () -> claims.markRepeatOf(later.id(), later.version(), earlier.id()));

        assertThatThrownBy(() -> SignIn.as(ANNOTATOR, () -> claims.markRepeatOf(earlier.id(), earlier.version(),
                earlier.id()))).isInstanceOf(DomainException.class).hasMessageContaining("itself");
        assertThatThrownBy(() -> SignIn.as(ANNOTATOR, () -> claims.markRepeatOf(earlier.id(), earlier.version(),
                later.id()))).isInstanceOf(DomainException.class).hasMessageContaining("Clear that mark first");
        assertThatThrownBy(() -> SignIn.as(ANNOTATOR, () -> claims.markRepeatOf(later.id(), later.version(), null)))
                .isInstanceOf(EditConflictException.class);
        assertThat(SignIn.as(ANNOTATOR, () -> claims.get(later.id())).repeatOf()).isEqualTo(earlier.id());
    }

    @Test
    void deletingTheEarlierClaimTakesTheMarkWithIt() {
        ClaimDetails earlier = claimIn(desk, EARLIER_TEXT, ANNOTATOR);
        ClaimDetails later = claimIn(desk, LATER_TEXT, ANNOTATOR);
        SignIn.as(ANNOTATOR, () -> claims.markRepeatOf(later.id(), later.version(), earlier.id()));

        SignIn.run(ANNOTATOR, () -> claims.delete(earlier.id(), earlier.version()));

        assertThat(SignIn.as(ANNOTATOR, () -> claims.get(later.id())).repeatOf()).isNull();
        assertThat(SignIn.as(ANNOTATOR, () -> claims.repeats(later.id())).repeatOf()).isNull();
    }

    /** A claim over the whole of a new article of {@code text} in {@code project}, made by {@code user}. */
    private ClaimDetails claimIn(UUID project, String text, String user) {
        return SignIn.as(user, () -> {
            UUID articleId = articles.importArticle(project, NewArticle.of("On " + text.substring(0, 12), text)).id();
            return claims.create(articleId, Selections.of(text, text), "");
        });
    }
}
