package org.veritext.search.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.veritext.core.NotPermittedException;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.Verdict;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.SignIn;
import org.veritext.search.index.ClaimIndex;
import org.veritext.search.index.ClaimIndexer;

/**
 * "Checked before?" through its public API, on claims saved through the product: paraphrases that share almost no
 * word with the earlier claim are found (where word matching finds nothing), the claim being edited is left out,
 * and any input gets an answer.
 */
class CheckedBeforeTest extends DatabaseTest {

    /** Earlier claims, and a later claim saying the same in other words: no content word in common. */
    private static final Map<String, String> PARAPHRASES = Map.of(
            "Unemployment among young people has doubled since the government took office.",
            "Twice as many youths are jobless now as when this cabinet came to power.",
            "The vaccine causes infertility in women.",
            "Getting the jab makes females unable to have children.",
            "The mayor promised that the new stadium would cost taxpayers nothing.",
            "City hall's leader pledged the arena will be free for residents' wallets.");
    /** Claims that share words with the later claims but are about something else: word matching ranks them. */
    private static final List<String> DISTRACTORS = List.of(
            "The cabinet came to power after the election in May.",
            "Twice as many tourists came to the city this summer.",
            "Children unable to get a school place, says the council.",
            "Getting a passport makes travel easier for residents.",
            "The leader of the opposition pledged free buses.",
            "The arena will host the national final.");

    @Autowired
    private ArticleService articles;

    @Autowired
    private ClaimService claims;

    @Autowired
    private SimilarClaims similar;

    @Autowired
    private ClaimIndexer indexer;

    @Autowired
    private ClaimIndex index;

    private final Map<String, UUID> claimIds = new java.util.HashMap<>();

    @BeforeEach
    void earlierClaims() throws Exception {
        indexer.requestRebuild().get(60, TimeUnit.SECONDS); // the tables were emptied behind the index's back
        List<String> texts = new ArrayList<>(PARAPHRASES.keySet());
        texts.addAll(DISTRACTORS);
        SignIn.run(ANNOTATOR, () -> {
            for (String text : texts) {
                UUID articleId = articles.importArticle(desk, NewArticle.of("Checked " + text.substring(0, 10),
                        text)).id();
                claimIds.put(text, claims.create(articleId, new TextSelection(0, text.length(), text), "").id());
            }
        });
        assertThat(index.awaitVisible(changeLog.head(), Duration.ofSeconds(30))).isTrue();
    }

    @Test
    void findsTheEarlierClaimSaidInOtherWordsWhereWordMatchingFindsNothing() {
        PARAPHRASES.forEach((earlier, later) -> {
            UUID earlierId = claimIds.get(earlier);

            List<UUID> byDefault = ids(SignIn.as(ANNOTATOR, () -> similar.checkedBefore(later, null, 3)));
            List<UUID> byWords = ids(SignIn.as(ANNOTATOR, () -> similar.checkedBefore(later, null, 3,
                    SimilarityMethod.WORDS)));
            List<UUID> byMeaning = ids(SignIn.as(ANNOTATOR, () -> similar.checkedBefore(later, null, 3,
                    SimilarityMethod.EMBEDDINGS)));

            assertThat(byWords).as("words only, for \"%s\"", later).doesNotContain(earlierId).isNotEmpty();
            assertThat(byMeaning).as("meaning only, for \"%s\"", later).startsWith(earlierId);
            // Offered, among claims that share words with the text (which may rank above it: they share meaning too).
            assertThat(byDefault).as("checked before? for \"%s\"", later).contains(earlierId);
        });
    }

    @Test
    void answersWithWhatThePanelShows() {
        String earlier = "The vaccine causes infertility in women.";

        SimilarClaim found = SignIn.as(ANNOTATOR,
                () -> similar.checkedBefore("Getting the jab makes females unable to have children.", null, 3))
                .claims().stream().filter(claim -> claim.claimId().equals(claimIds.get(earlier))).findFirst()
                .orElseThrow();

        assertThat(found.quote()).isEqualTo(earlier);
        assertThat(found.articleTitle()).isEqualTo("Checked The vaccin");
        assertThat(found.verdict()).isEqualTo(Verdict.NOT_YET_RATED);
        assertThat(found.foundBy()).containsExactly(SimilarityMethod.EMBEDDINGS);
        assertThat(found.score()).isPositive();
    }

    @Test
    void neverOffersTheClaimBeingEdited() {
        String text = "The vaccine causes infertility in women.";
        UUID editing = claimIds.get(text);

        List<UUID> found = ids(SignIn.as(ANNOTATOR, () -> similar.checkedBefore(text, editing, 50)));

        assertThat(found).doesNotContain(editing).hasSize(claimIds.size() - 1);
    }

    @Test
    void answersAnyInputWithoutAnErrorInBoundedTime() {
        List<String> hostile = new ArrayList<>(List.of("", " ", "\n\t", "😀😀😀 🇺🇦 🤥", "\u0000\u0007\uFFFF",
                "\uD83D", "https://example.com/only/a/link?q=1", "\"\"\"((((*:*~~~^^^", "-", "*",
                "AND OR NOT", "ᐊᐃᓐᓇᐃ ضبط 上海 Zelenskyy Зеленський"));
        hostile.add("inflation ".repeat(10_000)); // 100 KB of one word
        hostile.add("a".repeat(100_000)); // one 100 KB word
        StringBuilder manyWords = new StringBuilder();
        for (int i = 0; i < 15_000; i++) {
            manyWords.append("w").append(i).append(' ');
        }
        hostile.add(manyWords.toString());
        hostile.add(null);
        for (String text : hostile) {
            long started = System.nanoTime();
            CheckedBefore answer = SignIn.as(ANNOTATOR, () -> similar.checkedBefore(text, UUID.randomUUID(), 5));
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(answer.claims()).as("answer to %.40s", text).hasSizeLessThanOrEqualTo(5);
            assertThat(millis).as("time for %.40s", text).isLessThan(5_000);
        }
        assertThat(SignIn.as(ANNOTATOR, () -> similar.checkedBefore("vaccine", null, -3)).claims()).isEmpty();
        assertThat(SignIn.as(ANNOTATOR, () -> similar.checkedBefore("vaccine", null, 1_000_000)).claims())
                .hasSize(claimIds.size());
    }

    @Test
    void someoneNotSignedInIsRefused() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> similar.checkedBefore("The vaccine causes infertility.", null, 5))
                .isInstanceOf(NotPermittedException.class);
    }

    private static List<UUID> ids(CheckedBefore answer) {
        assertThat(answer.hasNotice()).isFalse();
        return answer.claims().stream().map(SimilarClaim::claimId).toList();
    }
}
