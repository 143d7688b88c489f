package org.veritext.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.article.ArticleDetails;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.SignIn;
import org.veritext.search.index.ClaimIndex;
import org.veritext.search.index.ClaimFields.Facet;
import org.veritext.search.index.ClaimIndexer;
import org.veritext.search.similar.CheckedBefore;
import org.veritext.search.similar.SimilarClaims;

/**
 * Property: whoever searches, for whatever, sees only claims of the projects he is a member of, and every one of
 * those that matches, with facet counts of those only (against a brute-force count: {@link FacetCountsPropertyTest});
 * and "checked before?" offers him only claims of his projects, among them every one sharing
 * the words asked. Random projects, random memberships, random claims, random queries; the seed is printed with
 * any failure so it can be replayed.
 */
class ProjectIsolationPropertyTest extends DatabaseTest {

    private static final List<String> WORDS = List.of("bridge", "tram", "budget", "minister", "river", "water",
            "election", "prisoners", "talks", "ceasefire", "million", "euros", "council", "mayor");
    private static final List<String> SEARCHERS = List.of(ANNOTATOR, REVIEWER, MANAGER, OUTSIDER);

    @Autowired
    private ArticleService articles;

    @Autowired
    private ClaimService claims;

    @Autowired
    private ClaimSearch search;

    @Autowired
    private SimilarClaims similar;

    @Autowired
    private ClaimIndexer indexer;

    @Autowired
    private ClaimIndex index;

    @Test
    void noSearchEverShowsAClaimOfAProjectTheSearcherIsNotIn() throws Exception {
        indexer.requestRebuild().get(30, TimeUnit.SECONDS);
        for (long seed = 1; seed <= 5; seed++) {
            checkWorld(seed);
        }
    }

    /** The project of every claim made so far, in every world: "checked before?" looks across all of them. */
    private final Map<UUID, UUID> projectOfEveryClaim = new HashMap<>();

    private void checkWorld(long seed) {
        Random random = new Random(seed);
        // Three projects; the admin (who makes the claims) manages all; each searcher is in a random subset.
        List<UUID> projects = new ArrayList<>();
        Map<String, Set<UUID>> memberOf = new HashMap<>();
        SEARCHERS.forEach(user -> memberOf.put(user, new HashSet<>()));
        for (int p = 0; p < 3; p++) {
            Map<String, String> roles = new HashMap<>();
            roles.put(ADMIN, "MANAGER");
            for (String user : SEARCHERS) {
                if (random.nextInt(3) > 0) {
                    roles.put(user, List.of("ANNOTATOR", "REVIEWER", "MANAGER").get(random.nextInt(3)));
                }
            }
            UUID project = projectWithMembers("World " + seed + "-" + p, roles);
            projects.add(project);
            roles.keySet().stream().filter(memberOf::containsKey).forEach(user -> memberOf.get(user).add(project));
        }
        // Claims in random projects, of random words.
        Map<UUID, UUID> projectOfClaim = new HashMap<>();
        Map<UUID, String> textOfClaim = new HashMap<>();
        SignIn.run(ADMIN, () -> {
            for (int a = 0; a < 6; a++) {
                UUID project = projects.get(random.nextInt(projects.size()));
                String sentence = sentence(random, seed, a);
                ArticleDetails article = articles.importArticle(project, NewArticle.of("Article " + seed + "-" + a,
                        sentence));
                UUID claimId = claims.create(article.id(), new TextSelection(0, sentence.length(), sentence), "")
                        .id();
                projectOfClaim.put(claimId, project);
                textOfClaim.put(claimId, sentence);
            }
        });
        projectOfEveryClaim.putAll(projectOfClaim);
        assertThat(index.awaitVisible(changeLog.head(), Duration.ofSeconds(10))).isTrue();

        for (int q = 0; q < 40; q++) {
            String user = SEARCHERS.get(random.nextInt(SEARCHERS.size()));
            String query = random.nextInt(5) == 0 ? "" : WORDS.get(random.nextInt(WORDS.size()));
            Set<UUID> visible = memberOf.get(user);
            ClaimHits hits = SignIn.as(user, () -> search.search(query + " w" + seed, 0, ClaimSearch.MAX_PAGE_SIZE));
            Set<UUID> found = new HashSet<>();
            hits.hits().forEach(hit -> found.add(hit.claimId()));
            Set<UUID> expected = new HashSet<>();
            projectOfClaim.forEach((claim, project) -> {
                if (visible.contains(project) && (query.isEmpty() || textOfClaim.get(claim).contains(query))) {
                    expected.add(claim);
                }
            });
            assertThat(found).as("seed %d: %s searching \"%s\" in %s", seed, user, query, visible)
                    .isEqualTo(expected);
            assertThat(hits.total()).as("seed %d: the count for %s", seed, user).isEqualTo(expected.size());
            // Every claim has one verdict: the verdict counts add up to the visible matches, no more.
            long verdictCounts = hits.facets().stream().filter(counts -> counts.facet() == Facet.VERDICT)
                    .flatMap(counts -> counts.values().stream()).mapToLong(FacetCounts.Value::count).sum();
            assertThat(verdictCounts).as("seed %d: the verdict facet for %s", seed, user).isEqualTo(expected.size());
            long creatorCounts = hits.facets().stream().filter(counts -> counts.facet() == Facet.CREATOR)
                    .flatMap(counts -> counts.values().stream()).mapToLong(FacetCounts.Value::count).sum();
            assertThat(creatorCounts).as("seed %d: the creator facet for %s", seed, user).isEqualTo(expected.size());

            // "Checked before?": only claims of his projects, and among them every one sharing the words asked.
            CheckedBefore earlier = SignIn.as(user, () -> similar.checkedBefore(query + " w" + seed, null,
                    SimilarClaims.MAX_LIMIT));
            Set<UUID> offered = new HashSet<>();
            earlier.claims().forEach(claim -> offered.add(claim.claimId()));
            assertThat(offered).as("seed %d: checked before? for %s in %s", seed, user, visible)
                    .allSatisfy(claim -> assertThat(memberOfAnyWorld(user)).contains(projectOfEveryClaim.get(claim)))
                    .containsAll(expected);
        }
    }

    /** Every project {@code user} is a member of, in any world so far. */
    private Set<UUID> memberOfAnyWorld(String user) {
        Set<UUID> projects = new HashSet<>();
        projectOfEveryClaim.values().forEach(project -> {
            if (isMember(user, project)) {
                projects.add(project);
            }
        });
        return projects;
    }

    private boolean isMember(String user, UUID project) {
        return !jdbc.queryForList("SELECT 1 FROM project_member WHERE project_id = ? AND user_id = ?", project,
                userId(user)).isEmpty();
    }

    /** A sentence of random words, with a word of its world (w1, w2…) so that searches stay within one world. */
    private static String sentence(Random random, long seed, int number) {
        StringBuilder text = new StringBuilder("Claim " + number + " w" + seed);
        for (int i = 0; i < 5; i++) {
            text.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.append('.').toString();
    }
}
