package org.veritext.core.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.veritext.core.actor.ActorDetails;
import org.veritext.core.actor.ActorDraft;
import org.veritext.core.actor.ActorService;
import org.veritext.core.actor.ActorService.DuplicateCheck;
import org.veritext.core.actor.ActorType;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.mention.MentionService;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.Selections;

@WithMockUser(username = DatabaseTest.ANNOTATOR, roles = "ANNOTATOR")
class SuggestionServiceTest extends DatabaseTest {

    private static final String TEXT = """
            Talks resumed in Istanbul on Monday.

            Ukraine will hand over 1,200 prisoners of war this week, Umerov said after the meeting.

            Turkish President Recep Tayyip Erdoğan called it "a great step", and Umerov thanked him.

            The weather was mild.""";

    @Autowired
    private SuggestionService suggestions;

    @Autowired
    private ActorService actors;

    @Autowired
    private ArticleService articles;

    @Autowired
    private MentionService mentions;

    @Autowired
    private ClaimService claims;

    private UUID articleId;
    private ActorDetails umerov;

    @BeforeEach
    void importArticleWithAKnownActor() {
        umerov = actors.create(ActorDraft.of("Rustem Umerov", ActorType.PERSON, "Umerov"), DuplicateCheck.WARN);
        articleId = articles.importArticle(desk, NewArticle.of("Prisoner exchange agreed", TEXT)).id();
    }

    @Test
    void proposesEveryPlaceAKnownActorIsNamedAsOneMentionSuggestion() {
        Suggestion mention = only(SuggestionKind.MENTION);

        assertThat(mention.key()).isEqualTo("mention:" + umerov.id());
        assertThat(mention.label()).isEqualTo("Rustem Umerov");
        assertThat(mention.places()).extracting(TextSelection::quote).containsExactly("Umerov", "Umerov");
        assertThat(mention.places()).allSatisfy(place ->
                assertThat(TEXT.substring(place.start(), place.end())).isEqualTo("Umerov"));
        assertThat(mention.reason()).isEqualTo("Person in the catalog, named twice here");
    }

    @Test
    void leavesOutPlacesAlreadyMarked() {
        mentions.mentionActor(articleId, Selections.of(TEXT, "Umerov"), umerov.id());

        assertThat(only(SuggestionKind.MENTION).places()).hasSize(1);
    }

    @Test
    void proposesANameNotInTheCatalogWithItsGuessedKind() {
        Suggestion erdogan = all(SuggestionKind.NEW_ACTOR).stream()
                .filter(suggestion -> suggestion.label().equals("Recep Tayyip Erdoğan")).findFirst().orElseThrow();

        assertThat(erdogan.actorType()).isEqualTo(ActorType.PERSON);
        assertThat(erdogan.reason()).contains("probably a person", "President");
        assertThat(all(SuggestionKind.NEW_ACTOR)).extracting(Suggestion::label).doesNotContain("Umerov",
                "Rustem Umerov", "Monday", "The");
    }

    @Test
    void aNameAlreadyMarkedAsAMentionIsNotProposedAsANewActor() {
        ActorDetails presidency = actors.create(ActorDraft.of("Presidency of Turkey", ActorType.ORGANISATION),
                DuplicateCheck.CREATE_ANYWAY);
        mentions.mentionActor(articleId, Selections.of(TEXT, "Recep Tayyip Erdoğan"), presidency.id());

        assertThat(suggestions.suggestionsFor(articleId)).extracting(Suggestion::label)
                .doesNotContain("Recep Tayyip Erdoğan");
    }

    @Test
    void aShortNameThatIsPartOfOneKnownActorsNameIsProposedAsHisMention() {
        ActorDetails putin = actors.create(ActorDraft.of("Vladimir Putin", ActorType.PERSON), DuplicateCheck.WARN);
        String text = "The talks would go on, Putin said. Asked when, Putin did not answer.";
        UUID article = articles.importArticle(desk, NewArticle.of("Kremlin", text)).id();

        List<Suggestion> proposed = suggestions.suggestionsFor(article);

        assertThat(proposed).extracting(Suggestion::kind).contains(SuggestionKind.MENTION);
        Suggestion mention = proposed.stream().filter(s -> s.kind() == SuggestionKind.MENTION).findFirst()
                .orElseThrow();
        assertThat(mention.key()).isEqualTo("mention:" + putin.id() + "@putin");
        assertThat(mention.label()).isEqualTo("Vladimir Putin");
        assertThat(mention.reason()).startsWith("\u201CPutin\u201D is probably Vladimir Putin").contains("twice");
        assertThat(mention.places()).extracting(TextSelection::quote).containsExactly("Putin", "Putin");
        assertThat(proposed).filteredOn(s -> s.kind() == SuggestionKind.NEW_ACTOR).isEmpty();
    }

    @Test
    void proposesCheckWorthySentencesWithTheirSpeakerAsClaimant() {
        Suggestion best = all(SuggestionKind.CLAIM).getFirst();

        assertThat(best.label()).isEqualTo(
                "Ukraine will hand over 1,200 prisoners of war this week, Umerov said after the meeting.");
        assertThat(best.reason()).contains("a number: 1,200", "reporting verb: said");
        assertThat(best.speaker().knownActor().id()).isEqualTo(umerov.id());
        assertThat(all(SuggestionKind.CLAIM)).extracting(Suggestion::label).doesNotContain("The weather was mild.");
    }

    @Test
    void leavesOutSentencesThatHoldAClaimAlready() {
        claims.create(articleId, Selections.of(TEXT, "1,200 prisoners of war"), "");

        assertThat(all(SuggestionKind.CLAIM)).extracting(Suggestion::label).noneMatch(label -> label.contains("1,200"));
    }

    @Test
    void aDismissedSuggestionStaysDismissedForThatArticleForEveryone() {
        long before = changeLog.head();
        suggestions.dismiss(articleId, "mention:" + umerov.id());
        suggestions.dismiss(articleId, "mention:" + umerov.id());

        assertThat(all(SuggestionKind.MENTION)).isEmpty();
        assertThat(changesAfter(before)).containsExactly("SUGGESTION_DISMISSED " + articleId);
        UUID other = articles.importArticle(desk, NewArticle.of("Another", "Umerov spoke again.")).id();
        assertThat(suggestions.suggestionsFor(other)).extracting(Suggestion::kind).contains(SuggestionKind.MENTION);
    }

    private Suggestion only(SuggestionKind kind) {
        List<Suggestion> found = all(kind);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private List<Suggestion> all(SuggestionKind kind) {
        return suggestions.suggestionsFor(articleId).stream().filter(s -> s.kind() == kind).toList();
    }
}
