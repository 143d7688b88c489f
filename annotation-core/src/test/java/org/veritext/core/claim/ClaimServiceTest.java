package org.veritext.core.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import java.util.List;
import org.veritext.core.DomainException;
import org.veritext.core.actor.ActorDetails;
import org.veritext.core.actor.ActorDraft;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.actor.ActorService;
import org.veritext.core.actor.ActorService.DuplicateCheck;
import org.veritext.core.actor.ActorType;
import org.veritext.core.event.EventDetails;
import org.veritext.core.event.EventDraft;
import org.veritext.core.event.EventRef;
import org.veritext.core.event.EventService;
import org.veritext.core.event.EventType;
import org.veritext.core.EditConflictException;
import org.veritext.core.NotFoundException;
import org.veritext.core.NotPermittedException;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.Selections;
import org.veritext.core.testing.SignIn;
import org.veritext.core.anchor.TextSelection;

@WithMockUser(username = DatabaseTest.ANNOTATOR, roles = "ANNOTATOR")
class ClaimServiceTest extends DatabaseTest {

    private static final String TEXT = """
            Russia and Ukraine agreed to exchange more prisoners of war.

            Each side said it would hand over the bodies of 6,000 soldiers.""";

    @Autowired
    private ArticleService articles;

    @Autowired
    private ClaimService claims;

    @Autowired
    private ActorService actors;

    @Autowired
    private EventService events;

    private UUID articleId;
    private long logBefore;

    @BeforeEach
    void importArticle() {
        articleId = articles.importArticle(desk, NewArticle.of("Talks", TEXT)).id();
        logBefore = changeLog.head();
    }

    @Test
    void createsAClaimWhoseQuoteMatchesTheText() {
        ClaimDetails claim = claims.create(articleId, select("the bodies of 6,000 soldiers"), "Each side returns 6,000 bodies.");

        assertThat(claims.claimsOf(articleId)).containsExactly(claim);
        assertThat(claim.quote()).isEqualTo("the bodies of 6,000 soldiers");
        assertThat(claim.prefix()).isEqualTo("ch side said it would hand over ");
        assertThat(claim.suffix()).isEqualTo(".");
        assertThat(claim.createdBy().id()).isEqualTo(userId(ANNOTATOR));
        assertThat(changesAfter(logBefore)).containsExactly("CLAIM_CREATED " + claim.id());
    }

    @Test
    void rejectsQuoteThatDoesNotMatchArticleTextAndStoresNothing() {
        TextSelection forged = new TextSelection(0, 6, "Poland");

        assertThatThrownBy(() -> claims.create(articleId, forged, ""))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("does not match");
        assertThat(countClaims()).isZero();
        assertThat(changesAfter(logBefore)).isEmpty();
    }

    @Test
    void rejectsOffsetsOutsideTheText() {
        TextSelection beyond = new TextSelection(TEXT.length() - 2, TEXT.length() + 5, "s.xxxxx");

        assertThatThrownBy(() -> claims.create(articleId, beyond, "")).hasMessageContaining("outside");
        assertThat(countClaims()).isZero();
    }

    @Test
    void allowsOverlappingAndNestedClaimsAndListsThemInTextOrder() {
        ClaimDetails sentence = claims.create(articleId, select("Each side said it would hand over the bodies of 6,000 soldiers."), "");
        ClaimDetails nested = claims.create(articleId, select("6,000 soldiers"), "");
        ClaimDetails overlapping = claims.create(articleId, select("exchange more prisoners of war.\n\nEach side"), "");
        ClaimDetails sameStartShorter = claims.create(articleId, select("Each side"), "");

        assertThat(claims.claimsOf(articleId)).extracting(ClaimDetails::id)
                .containsExactly(overlapping.id(), sentence.id(), sameStartShorter.id(), nested.id());
    }

    @Test
    void refusesAClaimOnAnArticleThatDoesNotExist() {
        assertThatThrownBy(() -> claims.create(UUID.randomUUID(), select("Russia"), ""))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void restatesAClaimAndCountsTheVersion() {
        ClaimDetails claim = claims.create(articleId, select("6,000 soldiers"), "");

        ClaimDetails restated = claims.restate(claim.id(), claim.version(), "  Each side returns\n6,000 bodies. ");

        assertThat(restated.restatement()).isEqualTo("Each side returns 6,000 bodies.");
        assertThat(restated.version()).isEqualTo(claim.version() + 1);
        assertThat(claims.get(claim.id()).restatement()).isEqualTo("Each side returns 6,000 bodies.");
    }

    @Test
    void refusesAnEditMadeOnAStaleVersionAndKeepsTheOtherEdit() {
        ClaimDetails claim = claims.create(articleId, select("6,000 soldiers"), "");
        claims.restate(claim.id(), claim.version(), "Colleague's wording");

        assertThatThrownBy(() -> claims.restate(claim.id(), claim.version(), "My wording"))
                .isInstanceOf(EditConflictException.class)
                .hasMessageContaining("changed by " + ANNOTATOR);
        assertThat(claims.get(claim.id()).restatement()).isEqualTo("Colleague's wording");
    }

    @Test
    void refusesAForgedSelectionThatEndsBetweenTheTwoHalvesOfAFlagAndStoresNothing() {
        String flag = "\uD83C\uDDF8\uD83C\uDDFE";
        UUID withFlag = articles.importArticle(desk, NewArticle.of("Flags", "Talks on " + flag + " resumed.")).id();
        String halfAFlag = "Talks on \uD83C\uDDF8";
        long logAfterImport = changeLog.head();

        assertThatThrownBy(() -> claims.create(withFlag, new TextSelection(0, halfAFlag.length(), halfAFlag), ""))
                .isInstanceOf(DomainException.class)
                .hasMessage("The selection cuts a character in two (such as an emoji, a flag or a letter with its "
                        + "accent). Select whole characters.");
        assertThat(countClaims()).isZero();
        assertThat(changesAfter(logAfterImport)).isEmpty();
    }

    @Test
    void refusesASecondClaimOverExactlyTheSameWordsAndPointsToTheFirst() {
        ClaimDetails first = claims.create(articleId, select("6,000 soldiers"), "");

        assertThatThrownBy(() -> claims.create(articleId, select("6,000 soldiers"), "again"))
                .isInstanceOfSatisfying(SameWordsException.class,
                        same -> assertThat(same.existingClaimId()).isEqualTo(first.id()))
                .hasMessageStartingWith("There is a claim over exactly these words already.");
        assertThat(countClaims()).isOne();
        assertThat(claims.create(articleId, select("6,000 soldiers."), "").id()).as("other words are fine")
                .isNotEqualTo(first.id());
    }

    @Test
    void savesTheFullClaimVerdictRationaleEvidenceTagsAndLinks() {
        ActorDetails kremlin = actors.create(ActorDraft.of("Kremlin", ActorType.ORGANISATION), DuplicateCheck.WARN);
        ActorDetails ukraine = actors.create(ActorDraft.of("Ukraine", ActorType.COUNTRY), DuplicateCheck.WARN);
        EventDetails exchange = events.create(EventDraft.of("Exchange of bodies, June 2025", EventType.EXCHANGE));
        ClaimDetails claim = claims.create(articleId, select("the bodies of 6,000 soldiers"), "");

        ClaimDetails saved = claims.edit(claim.id(), claim.version(), new ClaimEdit("Each side returns 6,000 bodies.",
                Verdict.MOSTLY_TRUE, "Both ministries confirmed the figure; the count is not final.",
                List.of(new ClaimEdit.EvidenceDraft("https://example.org/statement", "Ministry statement"),
                        new ClaimEdit.EvidenceDraft("", "")),
                List.of("#Prisoners", "prisoners", " exchange "),
                List.of(new ClaimEdit.ActorLinkDraft(kremlin.id(), ActorRole.CLAIMANT),
                        new ClaimEdit.ActorLinkDraft(ukraine.id(), ActorRole.SUBJECT),
                        new ClaimEdit.ActorLinkDraft(ukraine.id(), ActorRole.SUBJECT)),
                List.of(exchange.id(), exchange.id())));

        assertThat(claims.get(claim.id())).isEqualTo(saved);
        assertThat(saved.verdict()).isEqualTo(Verdict.MOSTLY_TRUE);
        assertThat(saved.evidence()).containsExactly(new Evidence("https://example.org/statement",
                "Ministry statement"));
        assertThat(saved.tags()).containsExactly("exchange", "prisoners");
        assertThat(saved.actorsIn(ActorRole.CLAIMANT)).extracting(ActorRef::name).containsExactly("Kremlin");
        assertThat(saved.actorsIn(ActorRole.SUBJECT)).extracting(ActorRef::name).containsExactly("Ukraine");
        assertThat(saved.events()).extracting(EventRef::title).containsExactly("Exchange of bodies, June 2025");
        assertThat(changesAfter(logBefore)).endsWith("CLAIM_CREATED " + claim.id(), "CLAIM_EDITED " + claim.id());
        assertThat(claims.linkedToEvent(exchange.id())).extracting(LinkedClaim::claimId).containsExactly(claim.id());
        assertThat(claims.linkedToActor(kremlin.id())).extracting(LinkedClaim::role).containsExactly(ActorRole.CLAIMANT);
    }

    @Test
    void refusesAVerdictWithoutARationaleAndKeepsTheClaimAsItWas() {
        ClaimDetails claim = claims.create(articleId, select("6,000 soldiers"), "");

        assertThatThrownBy(() -> claims.edit(claim.id(), claim.version(),
                ClaimEdit.of(claim).withVerdict(Verdict.FALSE, " \n ")))
                .hasMessage("A verdict needs a rationale: say why the claim is \u201Cfalse\u201D, or leave it "
                        + "\u201Cnot yet rated\u201D.");
        assertThat(claims.get(claim.id()).verdict()).isEqualTo(Verdict.NOT_YET_RATED);
        assertThat(claims.edit(claim.id(), claim.version(), ClaimEdit.of(claim).withVerdict(Verdict.NOT_YET_RATED, ""))
                .verdict()).as("not yet rated needs none").isEqualTo(Verdict.NOT_YET_RATED);
    }

    @Test
    void refusesASourceWithoutAnAddressOrWithAScriptAddress() {
        ClaimDetails claim = claims.create(articleId, select("6,000 soldiers"), "");

        assertThatThrownBy(() -> claims.edit(claim.id(), claim.version(), new ClaimEdit("", null, "",
                List.of(new ClaimEdit.EvidenceDraft("", "A note with nothing to open")), List.of(), List.of(),
                List.of()))).hasMessage("A source needs its address (http:// or https://), not only a note.");
        assertThatThrownBy(() -> claims.edit(claim.id(), claim.version(), new ClaimEdit("", null, "",
                List.of(new ClaimEdit.EvidenceDraft("javascript:alert(1)", "")), List.of(), List.of(), List.of())))
                .hasMessage("A source address must be a web address starting with http:// or https://.");
    }

    @Test
    void refusesAnOverlongRestatement() {
        ClaimDetails claim = claims.create(articleId, select("6,000 soldiers"), "");

        assertThatThrownBy(() -> claims.restate(claim.id(), claim.version(), "x".repeat(ClaimLimits.RESTATEMENT.max() + 1)))
                .hasMessage("The restatement is 2,001 characters long; Veritext takes at most 2,000. "
                        + "Make it one checkable sentence.");
        assertThat(claims.get(claim.id()).restatement()).isEmpty();
    }

    @Test
    void refusesARestatementOfOnlyInvisibleCharacters() {
        ClaimDetails claim = claims.create(articleId, select("6,000 soldiers"), "");

        assertThatThrownBy(() -> claims.restate(claim.id(), claim.version(), "\u200B\u00A0\u2066\u2069"))
                .hasMessage("The restatement holds only invisible characters (spaces, zero-width or direction marks). "
                        + "Write the claim in checkable form, or leave the field empty.");
        assertThat(claims.get(claim.id()).restatement()).isEmpty();
        assertThat(claims.get(claim.id()).version()).isEqualTo(claim.version());
    }

    @Test
    void letsTheCreatorDeleteAClaim() {
        ClaimDetails claim = claims.create(articleId, select("6,000 soldiers"), "");

        claims.delete(claim.id(), claim.version());

        assertThat(claims.claimsOf(articleId)).isEmpty();
        assertThat(changesAfter(logBefore)).containsExactly("CLAIM_CREATED " + claim.id(), "CLAIM_DELETED " + claim.id());
    }

    @Test
    void refusesToDeleteAnotherUsersClaimButLetsAManager() {
        ClaimDetails claim = claims.create(articleId, select("6,000 soldiers"), "");

        SignIn.as(REVIEWER);
        assertThatThrownBy(() -> claims.delete(claim.id(), claim.version()))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only the person who made this claim (before it is submitted) or a manager may delete it.");
        assertThat(countClaims()).isOne();

        SignIn.as(ADMIN);
        claims.delete(claim.id(), claim.version());
        assertThat(countClaims()).isZero();
    }

    @Test
    void refusesEveryCallWithoutASignedInUser() {
        ClaimDetails claim = claims.create(articleId, select("6,000 soldiers"), "");
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> claims.claimsOf(articleId)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> claims.create(articleId, select("Russia"), "")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> claims.delete(claim.id(), claim.version())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void reportsADeletedClaimAsNotFound() {
        ClaimDetails claim = claims.create(articleId, select("6,000 soldiers"), "");
        claims.delete(claim.id(), claim.version());

        assertThatThrownBy(() -> claims.restate(claim.id(), claim.version(), "x")).isInstanceOf(NotFoundException.class);
    }

    private static TextSelection select(String quote) {
        return Selections.of(TEXT, quote);
    }

    private long countClaims() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM claim", Long.class);
    }
}
