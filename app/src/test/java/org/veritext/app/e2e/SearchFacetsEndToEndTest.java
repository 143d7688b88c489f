package org.veritext.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.veritext.app.security.RunAs;
import org.veritext.core.actor.ActorDetails;
import org.veritext.core.actor.ActorDraft;
import org.veritext.core.actor.ActorService;
import org.veritext.core.actor.ActorType;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.article.ArticleDetails;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimEdit;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.Verdict;

/**
 * The search page's contract: search, choose a facet value (its siblings keep their counts), the address carries
 * it, the same address in a fresh page shows the same results and choice, the CSV export holds the rows shown, and a
 * hit opens at its claim.
 */
class SearchFacetsEndToEndTest extends BrowserTest {

    private static final String TEXT = "%1$s ferries carried 6,000 passengers a day. %1$s tolls doubled in a year.";

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    ActorService actors;

    @Test
    void aFacetChoiceTravelsInTheAddressAndTheExportHoldsTheRows() {
        String[] ids = annotate("Marlinspike");
        String rated = ids[0];
        String unrated = ids[1];
        signInAs("annotator");

        open("/search");
        type(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-query input"))),
                "marlinspike");
        wait.until(ExpectedConditions.textToBe(By.id("search-count"), "2 claims"));
        String falseValue = "#search-facets [data-facet='verdict'][data-value='FALSE']";
        String unratedValue = "#search-facets [data-facet='verdict'][data-value='NOT_YET_RATED']";
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(falseValue), "data-count", "1"));

        click(By.cssSelector(falseValue));

        wait.until(ExpectedConditions.textToBe(By.id("search-count"), "1 claim"));
        wait.until(driver -> currentPath().contains("verdict=FALSE"));
        assertThat(currentPath()).startsWith("/search?").contains("q=marlinspike");
        assertShowsOnly(rated);
        // Drill sideways: the other verdict still shows what choosing it would add.
        assertThat(browser.findElement(By.cssSelector(unratedValue)).getAttribute("data-count")).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector(falseValue)).getAttribute("aria-checked")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("#search-chips .search-chip[data-facet='verdict']")))
                .hasSize(1);

        String csv = download(browser.findElement(By.id("search-export")).getAttribute("href"));
        List<String> rows = csv.lines().toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("\"claim_id\"", "\"verdict\"", "\"quote\"");
        assertThat(rows.get(1)).contains(rated, "\"False\"", "\"Marlinspike ferries carried 6,000 passengers a day\"",
                "\"'=2+2 ferries\"");

        // The same address in a fresh page: the same results and the same choice.
        String shared = currentPath();
        open("/");
        open(shared);
        wait.until(ExpectedConditions.textToBe(By.id("search-count"), "1 claim"));
        assertShowsOnly(rated);
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(falseValue), "aria-checked", "true"));
        assertThat(browser.findElement(By.cssSelector("#search-query input")).getAttribute("value"))
                .isEqualTo("marlinspike");

        // Removing the chip widens the search again.
        click(By.cssSelector("#search-chips .search-chip[data-facet='verdict']"));
        wait.until(ExpectedConditions.textToBe(By.id("search-count"), "2 claims"));
        wait.until(driver -> !currentPath().contains("verdict="));

        // A hit opens its article at the claim.
        click(By.cssSelector("#search-results .search-result[data-claim-id='" + unrated + "']"));
        wait.until(driver -> currentPath().endsWith("?claim=" + unrated));
    }

    @Test
    void anArticleNobodyAnnotatedIsFoundByItsTextAndOpens() {
        String word = "Bollard" + new java.util.Random().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append); // its own word
        String[] imported = new String[1];
        RunAs.run("annotator", () -> imported[0] = articles.importArticle(cityDesk(), NewArticle.of(
                "Harbour works " + UUID.randomUUID(), "The harbour master said the new " + word
                        + " moorings would be ready by June. Nobody has checked that yet.")).id().toString());
        signInAs("annotator");

        open("/search?q=" + word.toLowerCase(java.util.Locale.ROOT));

        wait.until(ExpectedConditions.textToBe(By.id("search-count"), "No claim matches."));
        String card = "#search-articles .article-result[data-article-id='" + imported[0] + "']";
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(card)));
        assertThat(browser.findElement(By.cssSelector("#search-articles h3")).getText())
                .isEqualTo("1 article whose text matches");
        assertThat(browser.findElement(By.cssSelector(card + " .article-passages mark")).getText()).isEqualTo(word);

        click(By.cssSelector(card));
        wait.until(driver -> currentPath().equals("/articles/" + imported[0]));
    }

    @Test
    void moreMatchingArticlesAreShownOnRequest() {
        String word = "Capstan" + new java.util.Random().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        RunAs.run("annotator", () -> {
            for (int n = 1; n <= 4; n++) {
                articles.importArticle(cityDesk(), NewArticle.of("Quay works, part " + n + " " + UUID.randomUUID(),
                        "Part " + n + ": the " + word + " on the old quay is to be replaced."));
            }
        });
        signInAs("annotator");

        open("/search?q=" + word.toLowerCase(java.util.Locale.ROOT));

        wait.until(ExpectedConditions.textToBe(By.cssSelector("#search-articles h3"), "4 articles whose text matches"));
        assertThat(browser.findElements(By.cssSelector("#search-articles .article-result"))).hasSize(3);
        assertThat(browser.findElement(By.id("search-articles-more")).getText()).isEqualTo("Show 1 more");

        click(By.id("search-articles-more"));

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#search-articles .article-result"), 4));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("search-articles-more")));
    }

    @Test
    void aQueryItCannotReadIsSearchedAsPlainWordsAndSaysSo() {
        annotate("Gunwale");
        signInAs("annotator");
        open("/search?q=" + "verdict:nonsense%20gunwale");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-plain-words")));
        assertThat(browser.findElement(By.id("search-plain-words")).getText()).contains("plain words");
    }

    @Test
    void typingANameInEitherScriptOffersTheActorAndChoosingItFilters() {
        String[] linked = new String[1];
        RunAs.run("annotator", () -> {
            ArticleDetails article = articles.importArticle(cityDesk(), NewArticle.of("Quay " + UUID.randomUUID(),
                    "The quay will reopen in spring, the mayor said."));
            ActorDetails actor = actors.create(ActorDraft.of("Ostap Zelenchuk", ActorType.PERSON, "Остап Зеленчук"),
                    ActorService.DuplicateCheck.WARN);
            ClaimDetails created = claims.create(article.id(), new TextSelection(0, 26, "The quay will reopen in sp"),
                    "");
            linked[0] = claims.edit(created.id(), created.version(), ClaimEdit.of(created).withActors(
                    List.of(new ClaimEdit.ActorLinkDraft(actor.id(), ActorRole.CLAIMANT)))).id().toString();
        });
        String claimId = linked[0];
        signInAs("annotator");
        open("/search");
        String offered = "#search-suggestions .search-suggestion[data-name='Ostap Zelenchuk']";

        type(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-query input"))), "зеленч");
        var forCyrillic = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(offered)));
        type(browser.findElement(By.cssSelector("#search-query input")), "zelench");
        wait.until(ExpectedConditions.stalenessOf(forCyrillic)); // the offer for what is typed now, not before
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(offered)));
        wait.until(ExpectedConditions.textToBe(By.id("search-count"), "No claim matches.")); // "zelench" searched

        click(By.cssSelector(offered));
        wait.until(ExpectedConditions.textToBe(By.id("search-count"), "1 claim"));
        assertShowsOnly(claimId);
        assertThat(browser.findElement(By.cssSelector("#search-query input")).getAttribute("value"))
                .isEqualTo("actor:\"Ostap Zelenchuk\" ");
    }

    private void assertShowsOnly(String claimId) {
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#search-results .search-result[data-claim-id='" + claimId + "']")));
        // The virtual list keeps recycled rows in the page, hidden: count the rows shown.
        wait.until(driver -> driver.findElements(By.cssSelector("#search-results .search-result")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).count() == 1);
    }

    /** Fetches a link as the signed-in page would (its cookies), returning the body as text. */
    private String download(String href) {
        Object text = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('ERR ' + e));
                """, href);
        return ((String) text).replace("\uFEFF", "");
    }

    /** Two claims in a new article of the city desk: one rated false (with a formula-like restatement), one not. */
    private String[] annotate(String word) {
        String text = TEXT.formatted(word);
        String[] ids = new String[2];
        RunAs.run("annotator", () -> {
            ArticleDetails article = articles.importArticle(cityDesk(), NewArticle.of("Ferries " + UUID.randomUUID(),
                    text));
            String first = word + " ferries carried 6,000 passengers a day";
            ClaimDetails rated = claims.create(article.id(), new TextSelection(text.indexOf(first),
                    text.indexOf(first) + first.length(), first), "=2+2 ferries");
            ClaimEdit edit = ClaimEdit.of(rated);
            claims.edit(rated.id(), rated.version(), new ClaimEdit(edit.restatement(), Verdict.FALSE,
                    "The port counted 4,000.", edit.evidence(), edit.tags(), edit.actors(), edit.eventIds()));
            String second = word + " tolls doubled in a year";
            ClaimDetails unrated = claims.create(article.id(), new TextSelection(text.indexOf(second),
                    text.indexOf(second) + second.length(), second), "");
            ids[0] = rated.id().toString();
            ids[1] = unrated.id().toString();
        });
        return ids;
    }

}
