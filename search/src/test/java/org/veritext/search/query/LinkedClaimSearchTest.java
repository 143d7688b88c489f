package org.veritext.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.veritext.core.actor.ActorDetails;
import org.veritext.core.actor.ActorDraft;
import org.veritext.core.actor.ActorService;
import org.veritext.core.actor.ActorService.DuplicateCheck;
import org.veritext.core.actor.ActorType;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimEdit;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.Verdict;
import org.veritext.core.event.EventDetails;
import org.veritext.core.event.EventDraft;
import org.veritext.core.event.EventService;
import org.veritext.core.event.EventType;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.Selections;
import org.veritext.search.index.ClaimIndexer;

/**
 * A claim is found by the names of the actors it links to (any alias, in either script), by its events, its
 * verdict's rationale and its tags; and renaming an actor re-indexes his claims.
 */
@WithMockUser(username = DatabaseTest.ANNOTATOR, roles = "ANNOTATOR")
class LinkedClaimSearchTest extends DatabaseTest {

    private static final String TEXT = "The minister said each side would hand over 1,200 prisoners of war.";

    @Autowired
    private ArticleService articles;

    @Autowired
    private ClaimService claims;

    @Autowired
    private ActorService actors;

    @Autowired
    private EventService events;

    @Autowired
    private ClaimSearch search;

    @Autowired
    private ClaimIndexer indexer;

    private ActorDetails umerov;
    private ClaimDetails claim;

    @BeforeEach
    void linkAClaimToAnActorAndAnEvent() throws Exception {
        indexer.requestRebuild().get(30, TimeUnit.SECONDS);
        UUID articleId = articles.importArticle(desk, NewArticle.of("Prisoner exchange", TEXT)).id();
        umerov = actors.create(ActorDraft.of("Rustem Umerov", ActorType.PERSON, "Рустем Умєров"), DuplicateCheck.WARN);
        EventDetails exchange = events.create(EventDraft.of("Exchange of prisoners, May 2025", EventType.EXCHANGE));
        ClaimDetails created = claims.create(articleId, Selections.of(TEXT, "each side would hand over 1,200 prisoners"),
                "");
        claim = claims.edit(created.id(), created.version(), ClaimEdit.of(created)
                .withActors(List.of(new ClaimEdit.ActorLinkDraft(umerov.id(), ActorRole.CLAIMANT)))
                .withEvents(List.of(exchange.id()))
                .withVerdict(Verdict.MOSTLY_TRUE, "The defence ministry confirmed the swap."));
    }

    @Test
    void findsTheClaimByItsActorInEitherScriptItsEventAndItsRationale() {
        assertThat(ids("Umerov")).containsExactly(claim.id());
        assertThat(ids("Умєров")).containsExactly(claim.id());
        assertThat(ids("Умеров")).as("the Russian spelling of his Ukrainian name").containsExactly(claim.id());
        assertThat(ids("Umierov")).as("another transliteration").containsExactly(claim.id());
        assertThat(ids("prisoners exchange")).containsExactly(claim.id());
        assertThat(ids("ministry confirmed")).containsExactly(claim.id());
    }

    @Test
    void renamingTheActorReindexesHisClaims() {
        ActorDetails renamed = actors.update(umerov.id(), umerov.version(), ActorDraft.of("Rustem Umerov",
                ActorType.PERSON, "Рустем Умєров", "Defence minister Umerov", "Umerov R."));
        ClaimDetails touched = claims.edit(claim.id(), claim.version(), ClaimEdit.of(claim)); // a save of mine to wait for
        assertThat(renamed.aliases()).hasSize(3);
        assertThat(touched.id()).isEqualTo(claim.id());

        assertThat(ids("\"defence minister umerov\"")).containsExactly(claim.id());
    }

    private List<UUID> ids(String query) {
        return search.search(query, 0, 10).hits().stream().map(ClaimHit::claimId).toList();
    }
}
