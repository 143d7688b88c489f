package org.veritext.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDigest;
import org.veritext.core.claim.Verdict;
import org.veritext.core.review.ReviewState;
import org.veritext.search.index.ClaimFields.Facet;

/**
 * Property: for random claims in random projects, random searchers, words and facet selections, every facet count
 * equals a brute-force count over the same claims — those the searcher may see, that match the words and every
 * other facet's selection (drill sideways) — and the total equals the claims matching everything. So no count ever
 * includes a claim of another project. Likewise the claim counts of suggested names. The seed is in every failure message.
 */
class FacetCountsPropertyTest {

    private static final List<String> WORDS = List.of("bridge", "tram", "budget", "river", "ceasefire", "mayor");
    private static final List<String> ACTORS = List.of("Volodymyr Zelenskyy", "Rustem Umerov", "Denys Shmyhal",
            "Recep Tayyip Erdoğan");
    private static final List<String> EVENTS = List.of("Istanbul talks", "Spring vote", "Port opening");
    private static final List<String> PUBLISHERS = List.of("Harbour Herald", "Kyiv Independent", "Daily Ledger");
    private static final List<String> CREATORS = List.of("Ann Annotator", "Rita Reviewer");

    @Test
    void facetCountsEqualABruteForceCountOfVisibleClaims() throws IOException {
        for (long seed = 1; seed <= 8; seed++) {
            checkWorld(seed);
        }
    }

    private void checkWorld(long seed) throws IOException {
        Random random = new Random(seed);
        List<UUID> projects = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        try (InMemoryClaims index = new InMemoryClaims()) {
            for (int c = 0; c < 60; c++) {
                index.add(randomClaim(random, projects.get(random.nextInt(projects.size()))));
            }
            index.write();
            for (int q = 0; q < 40; q++) {
                Set<UUID> visible = new HashSet<>();
                projects.stream().filter(p -> random.nextBoolean()).forEach(visible::add);
                String word = random.nextInt(4) == 0 ? "" : WORDS.get(random.nextInt(WORDS.size()));
                Map<Facet, Set<String>> selected = randomSelection(random, index.claims());
                SearchRequest request = new SearchRequest(word, selected, SearchRequest.Order.RELEVANCE, 0, 200,
                        null);

                ClaimHits hits = index.search(request, visible);

                String context = "seed %d, query %d: \"%s\" %s in %s".formatted(seed, q, word, selected, visible);
                List<ClaimDigest> matching = index.claims().stream()
                        .filter(claim -> visible.contains(claim.projectId()))
                        .filter(claim -> word.isEmpty() || claim.quote().contains(word))
                        .toList();
                long total = matching.stream().filter(claim -> matchesAll(claim, selected, null)).count();
                assertThat(hits.total()).as(context).isEqualTo(total);
                assertThat(hits.hits()).as(context).allSatisfy(hit -> assertThat(index.claims().stream()
                        .filter(claim -> claim.claimId().equals(hit.claimId())).findFirst().orElseThrow().projectId())
                        .isIn(visible));
                String typed = ACTORS.get(random.nextInt(ACTORS.size())).substring(0, 3);
                Map<String, Long> suggested = new TreeMap<>();
                index.suggest(typed, visible).stream().filter(s -> s.kind() == Suggestion.Kind.ACTOR)
                        .forEach(s -> suggested.put(s.name(), s.claims()));
                Map<String, Long> linked = new TreeMap<>();
                index.claims().stream().filter(claim -> visible.contains(claim.projectId())).forEach(claim -> claim
                        .actors().stream().map(actor -> actor.names().getFirst())
                        .filter(name -> name.regionMatches(true, 0, typed, 0, 3)).distinct()
                        .forEach(name -> linked.merge(name, 1L, Long::sum)));
                assertThat(suggested).as(context + " suggestions for " + typed).isEqualTo(linked);
                for (Facet facet : Facet.values()) {
                    Map<String, Long> expected = new TreeMap<>();
                    matching.stream().filter(claim -> matchesAll(claim, selected, facet))
                            .forEach(claim -> values(claim, facet).forEach(v -> expected.merge(v, 1L, Long::sum)));
                    Map<String, Long> counted = new TreeMap<>();
                    hits.facets().stream().filter(counts -> counts.facet() == facet)
                            .flatMap(counts -> counts.values().stream())
                            .filter(value -> value.count() > 0)
                            .forEach(value -> counted.put(value.value(), value.count()));
                    assertThat(counted).as(context + " facet " + facet).isEqualTo(expected);
                }
            }
        }
    }

    private static boolean matchesAll(ClaimDigest claim, Map<Facet, Set<String>> selected, Facet except) {
        for (Map.Entry<Facet, Set<String>> selection : selected.entrySet()) {
            if (selection.getKey() != except
                    && values(claim, selection.getKey()).stream().noneMatch(selection.getValue()::contains)) {
                return false;
            }
        }
        return true;
    }

    /** What a claim holds for a facet, derived from the claim as a reader would, not from the schema's code. */
    private static Set<String> values(ClaimDigest claim, Facet facet) {
        Set<String> values = new HashSet<>();
        switch (facet) {
            case VERDICT -> values.add(claim.verdict().name());
            case STATE -> values.add(claim.reviewState().name());
            case CLAIMANT, SUBJECT, MENTIONED -> claim.actors().stream()
                    .filter(actor -> actor.role().name().equals(facet.name()))
                    .forEach(actor -> values.add(actor.names().getFirst()));
            case EVENT -> claim.events().forEach(event -> values.add(event.title()));
            case PUBLISHER -> values.add(claim.publisher());
            case CREATOR -> values.add(claim.createdBy());
            case MONTH -> {
                if (claim.publishedOn() != null) {
                    values.add(YearMonth.from(claim.publishedOn()).toString());
                }
            }
        }
        return values;
    }

    private static Map<Facet, Set<String>> randomSelection(Random random, List<ClaimDigest> claims) {
        Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
        int facets = random.nextInt(3);
        for (int f = 0; f < facets; f++) {
            Facet facet = Facet.values()[random.nextInt(Facet.values().length)];
            ClaimDigest claim = claims.get(random.nextInt(claims.size()));
            List<String> values = new ArrayList<>(values(claim, facet));
            if (!values.isEmpty()) {
                selected.computeIfAbsent(facet, k -> new HashSet<>()).add(values.get(random.nextInt(values.size())));
            }
        }
        return selected;
    }

    private static ClaimDigest randomClaim(Random random, UUID project) {
        StringBuilder quote = new StringBuilder("Claim");
        for (int w = 0; w < 3; w++) {
            quote.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
        }
        InMemoryClaims.Claim claim = InMemoryClaims.claim(quote.toString())
                .project(project)
                .verdict(Verdict.values()[random.nextInt(Verdict.values().length)])
                .state(ReviewState.values()[random.nextInt(ReviewState.values().length)])
                .publisher(PUBLISHERS.get(random.nextInt(PUBLISHERS.size())))
                .creator(CREATORS.get(random.nextInt(CREATORS.size())))
                .publishedOn(random.nextInt(5) == 0 ? null
                        : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(120)).toString());
        Map<ActorRole, Set<String>> used = new HashMap<>();
        for (int a = random.nextInt(4); a > 0; a--) {
            ActorRole role = ActorRole.values()[random.nextInt(ActorRole.values().length)];
            String actor = ACTORS.get(random.nextInt(ACTORS.size()));
            if (used.computeIfAbsent(role, k -> new HashSet<>()).add(actor)) {
                claim.actor(role, actor);
            }
        }
        for (int e = random.nextInt(3); e > 0; e--) {
            claim.event(EVENTS.get(random.nextInt(EVENTS.size())));
        }
        return claim.digest();
    }
}
