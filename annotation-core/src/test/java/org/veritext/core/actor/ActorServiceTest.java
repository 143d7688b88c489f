package org.veritext.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.veritext.core.DomainException;
import org.veritext.core.EditConflictException;
import org.veritext.core.actor.ActorService.DuplicateCheck;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimEdit;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.event.EventDetails;
import org.veritext.core.event.EventDraft;
import org.veritext.core.event.EventService;
import org.veritext.core.event.EventType;
import org.veritext.core.mention.MentionService;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.Selections;

@WithMockUser(username = DatabaseTest.ANNOTATOR, roles = "ANNOTATOR")
class ActorServiceTest extends DatabaseTest {

    private static final String TEXT = "Umerov said Kyiv was ready for a ceasefire. Rustem Umerov led the delegation.";

    @Autowired
    private ActorService actors;

    @Autowired
    private ArticleService articles;

    @Autowired
    private ClaimService claims;

    @Autowired
    private EventService events;

    @Autowired
    private MentionService mentions;

    @Test
    void aNameMetInAnArticleIsAddedAsAnAliasOnceAndKeepsEverythingElse() {
        ActorDetails russia = actors.create(new ActorDraft("Russia", ActorType.COUNTRY, List.of("Russian Federation"),
                "The state.", null, null), DuplicateCheck.WARN);
        long before = changeLog.head();

        ActorDetails withMoscow = actors.addAlias(russia.id(), " Moscow ");
        ActorDetails again = actors.addAlias(russia.id(), "MOSCOW");

        assertThat(withMoscow.aliases()).containsExactly("Russian Federation", "Moscow");
        assertThat(withMoscow.description()).isEqualTo("The state.");
        assertThat(again.version()).isEqualTo(withMoscow.version());
        assertThat(changesAfter(before)).containsExactly("ACTOR_CHANGED " + russia.id());
        assertThat(actors.complete("mosc", 5)).extracting(ActorRef::id).containsExactly(russia.id());
    }

    @Test
    void createsAnActorWithAliasesAffiliationAndAWikidataLink() {
        ActorDetails ukraine = actors.create(ActorDraft.of("Ukraine", ActorType.COUNTRY), DuplicateCheck.WARN);
        ActorDetails umerov = actors.create(new ActorDraft("  Rustem   Umerov ", ActorType.PERSON,
                List.of("Umerov", "umerov", " ", "Рустем Умєров"), "Defence minister.",
                "https://www.wikidata.org/wiki/q4379489", ukraine.id()), DuplicateCheck.WARN);

        ActorDetails stored = actors.get(umerov.id());
        assertThat(stored.name()).isEqualTo("Rustem Umerov");
        assertThat(stored.aliases()).containsExactly("Umerov", "Рустем Умєров");
        assertThat(stored.wikidataId()).isEqualTo("Q4379489");
        assertThat(stored.wikidataUrl()).isEqualTo("https://www.wikidata.org/wiki/Q4379489");
        assertThat(stored.affiliation().name()).isEqualTo("Ukraine");
        assertThat(changesAfter(0)).contains("ACTOR_CREATED " + umerov.id());
    }

    @Test
    void refusesWhatIsNotAWikidataIdOrNotAnActor() {
        assertThatThrownBy(() -> actors.create(new ActorDraft("Ukraine", ActorType.COUNTRY, List.of(), "", "P31",
                null), DuplicateCheck.WARN)).hasMessage("\u201CP31\u201D is not a Wikidata id. It is a Q followed by "
                + "digits, such as Q3874799.");
        assertThatThrownBy(() -> actors.create(ActorDraft.of(" \u200B ", ActorType.PERSON), DuplicateCheck.WARN))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> actors.create(ActorDraft.of("Nobody", null), DuplicateCheck.WARN))
                .hasMessageStartingWith("Choose what kind of actor");
        assertThat(countActors()).isZero();
    }

    @Test
    void warnsOfTheSameActorSpeltWithOtherCaseAccentsOrPunctuationAndOffersIt() {
        ActorDetails erdogan = actors.create(ActorDraft.of("Recep Tayyip Erdoğan", ActorType.PERSON),
                DuplicateCheck.WARN);

        assertThatThrownBy(() -> actors.create(ActorDraft.of("recep tayyip ERDOGAN", ActorType.PERSON),
                DuplicateCheck.WARN))
                .isInstanceOfSatisfying(SimilarActorsException.class,
                        similar -> assertThat(similar.similar()).extracting(ActorRef::id).containsExactly(erdogan.id()))
                .hasMessageContaining("There may already be such an actor: Recep Tayyip Erdoğan (person)");
        assertThat(countActors()).isOne();

        actors.create(ActorDraft.of("Recep Tayyip Erdogan", ActorType.PERSON), DuplicateCheck.CREATE_ANYWAY);
        assertThat(countActors()).isEqualTo(2);
    }

    @Test
    void findsTheSameActorAcrossScriptsAndTransliterations() {
        ActorDetails zelenskyy = actors.create(ActorDraft.of("Volodymyr Zelenskyy", ActorType.PERSON, "Zelenskiy"),
                DuplicateCheck.WARN);

        for (String spelling : List.of("Зеленський", "Зеленский", "Zelensky", "ZELENSKIY", "Volodymyr Zelensky")) {
            assertThat(actors.similar(ActorDraft.of(spelling, ActorType.PERSON), null)).as(spelling)
                    .extracting(ActorRef::id).containsExactly(zelenskyy.id());
        }
        assertThat(actors.similar(ActorDraft.of("Olena Zelenska", ActorType.PERSON), null)).as("his wife").isEmpty();
        assertThat(actors.similar(ActorDraft.of("Rustem Umerov", ActorType.PERSON), null)).isEmpty();
    }

    @Test
    void completesATypedNameInEitherScript() {
        ActorDetails zelenskyy = actors.create(ActorDraft.of("Volodymyr Zelenskyy", ActorType.PERSON),
                DuplicateCheck.WARN);
        actors.create(ActorDraft.of("Zelenograd Council", ActorType.ORGANISATION), DuplicateCheck.WARN);
        actors.create(ActorDraft.of("Rustem Umerov", ActorType.PERSON), DuplicateCheck.WARN);

        assertThat(actors.complete("zel", 10)).extracting(ActorRef::name)
                .as("a name starting with it first").containsExactly("Zelenograd Council", "Volodymyr Zelenskyy");
        assertThat(actors.complete("зел", 10)).extracting(ActorRef::id).contains(zelenskyy.id());
        assertThat(actors.complete("volodymyr zel", 10)).extracting(ActorRef::id).containsExactly(zelenskyy.id());
        assertThat(actors.complete("", 10)).hasSize(3);
    }

    @Test
    void refusesAnAffiliationThatGoesRoundInACircle() {
        ActorDetails ministry = actors.create(ActorDraft.of("Defence Ministry", ActorType.ORGANISATION),
                DuplicateCheck.WARN);
        ActorDetails minister = actors.create(new ActorDraft("Rustem Umerov", ActorType.PERSON, List.of(), "", null,
                ministry.id()), DuplicateCheck.WARN);

        assertThatThrownBy(() -> actors.update(ministry.id(), ministry.version(), new ActorDraft("Defence Ministry",
                ActorType.ORGANISATION, List.of(), "", null, minister.id())))
                .hasMessageContaining("go round in a circle");
        assertThatThrownBy(() -> actors.update(minister.id(), minister.version(), new ActorDraft("Rustem Umerov",
                ActorType.PERSON, List.of(), "", null, minister.id())))
                .hasMessage("An actor cannot be affiliated with itself.");
    }

    @Test
    void refusesAStaleEdit() {
        ActorDetails actor = actors.create(ActorDraft.of("Rustem Umerov", ActorType.PERSON), DuplicateCheck.WARN);
        actors.update(actor.id(), actor.version(), ActorDraft.of("Rustem Umerov", ActorType.PERSON, "Umerov"));

        assertThatThrownBy(() -> actors.update(actor.id(), actor.version(), ActorDraft.of("R. Umerov",
                ActorType.PERSON))).isInstanceOf(EditConflictException.class);
        assertThat(actors.get(actor.id()).aliases()).containsExactly("Umerov");
    }

    @Test
    @WithMockUser(username = DatabaseTest.MANAGER)
    void mergingMovesEveryLinkAndKeepsEveryName() {
        ActorDetails kept = actors.create(ActorDraft.of("Rustem Umerov", ActorType.PERSON, "Umerov"),
                DuplicateCheck.WARN);
        ActorDetails absorbed = actors.create(ActorDraft.of("R. Umerov", ActorType.PERSON, "Умєров"),
                DuplicateCheck.CREATE_ANYWAY);
        ActorDetails aide = actors.create(new ActorDraft("An aide", ActorType.PERSON, List.of(), "", null,
                absorbed.id()), DuplicateCheck.WARN);
        UUID articleId = articles.importArticle(desk, NewArticle.of("Talks", TEXT)).id();
        ClaimDetails claim = claims.create(articleId, Selections.of(TEXT, "Kyiv was ready for a ceasefire"), "");
        claims.edit(claim.id(), claim.version(), ClaimEdit.of(claim).withActors(List.of(
                new ClaimEdit.ActorLinkDraft(absorbed.id(), ActorRole.CLAIMANT),
                new ClaimEdit.ActorLinkDraft(kept.id(), ActorRole.CLAIMANT),
                new ClaimEdit.ActorLinkDraft(absorbed.id(), ActorRole.SUBJECT))));
        EventDetails talks = events.create(new EventDraft("Istanbul talks", EventType.TALKS, null, null, "", "", null,
                List.of(new EventDraft.ParticipantDraft(absorbed.id(), "delegation head"))));
        mentions.mentionActor(articleId, Selections.of(TEXT, "Umerov"), absorbed.id());
        long before = changeLog.head();

        ActorDetails merged = actors.merge(kept.id(), kept.version(), absorbed.id(), absorbed.version());

        assertThat(merged.aliases()).containsExactly("Umerov", "R. Umerov", "Умєров");
        assertThatThrownBy(() -> actors.get(absorbed.id())).hasMessageContaining("merged into another");
        assertThat(claims.get(claim.id()).actors()).extracting(link -> link.actor().id() + " " + link.role())
                .containsExactlyInAnyOrder(kept.id() + " CLAIMANT", kept.id() + " SUBJECT");
        assertThat(events.get(talks.id()).participants()).extracting(p -> p.actor().id())
                .containsExactly(kept.id());
        assertThat(mentions.mentionsOf(articleId)).extracting(m -> m.actor().id()).containsExactly(kept.id());
        assertThat(actors.get(aide.id()).affiliation().id()).isEqualTo(kept.id());
        assertThat(claims.linkedToActor(kept.id())).extracting(linked -> String.valueOf(linked.role()))
                .containsExactlyInAnyOrder("CLAIMANT", "SUBJECT");
        assertThat(changesAfter(before)).contains("ACTOR_MERGED " + absorbed.id(), "ACTOR_CHANGED " + kept.id(),
                "CLAIM_EDITED " + claim.id(), "EVENT_CHANGED " + talks.id(), "ACTOR_CHANGED " + aide.id());
    }

    @Test
    @WithMockUser(username = DatabaseTest.MANAGER)
    void refusesToMergeAnActorWithItself() {
        ActorDetails actor = actors.create(ActorDraft.of("Rustem Umerov", ActorType.PERSON), DuplicateCheck.WARN);

        assertThatThrownBy(() -> actors.merge(actor.id(), actor.version(), actor.id(), actor.version()))
                .hasMessage("Choose two different actors to merge.");
    }

    @Test
    void onlyAManagerSomewhereOrAnAdminMergesActors() {
        ActorDetails one = actors.create(ActorDraft.of("Rustem Umerov", ActorType.PERSON), DuplicateCheck.WARN);
        ActorDetails other = actors.create(ActorDraft.of("R. Umerov", ActorType.PERSON), DuplicateCheck.CREATE_ANYWAY);

        assertThatThrownBy(() -> actors.merge(one.id(), one.version(), other.id(), other.version()))
                .isInstanceOf(org.veritext.core.NotPermittedException.class)
                .hasMessage("Only managers or admins may merge actors.");
        assertThat(countActors()).isEqualTo(2);
    }

    private long countActors() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM actor", Long.class);
    }
}
