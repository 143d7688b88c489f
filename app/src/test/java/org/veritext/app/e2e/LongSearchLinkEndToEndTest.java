package org.veritext.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.veritext.app.security.RunAs;
import org.veritext.core.article.ArticleDetails;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.anchor.TextSelection;

/**
 * The address of a search holds its query, and the page's start-up request repeats it encoded a second time. The
 * longest queries the box accepts, in the characters that take the most bytes, must still survive a reload and a
 * bookmark: 330 CJK ideographs (3 bytes each in UTF-8) and 250 emoji (4 bytes each). A longer query is searched
 * in part, visibly, and its address holds only that part.
 */
class LongSearchLinkEndToEndTest extends BrowserTest {

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Test
    void aSearchFor330ChineseCharactersSurvivesReloadAndBookmark() {
        String ideographs = codePoints(0x4E00, 7, 330); // spread over the block: 330 different ideographs
        String claimId = annotate(ideographs, "。");
        signInAs("annotator");

        searchFor(ideographs);
        assertShowsOneHit(ideographs, claimId);
        // 330 ideographs are 330 words in each of eight fields: more than one search may hold, and the view says so.
        assertThat(notices()).matches(
                "Your search had too many words to search at once; only the first \\d+ were searched\\.");

        browser.navigate().refresh();
        assertShowsOneHit(ideographs, claimId);

        open(currentPath()); // as a bookmark or a link sent to a colleague
        assertShowsOneHit(ideographs, claimId);
    }

    @Test
    void aSearchFor250EmojiSurvivesReloadAndBookmark() {
        String emoji = codePoints(0x1F600, 1, 80).repeat(4).substring(0, 500); // 250 emoji, 500 UTF-16 units
        String claimId = annotate(emoji, " said the post.");
        signInAs("annotator");

        searchFor(emoji);
        assertShowsOneHit(emoji, claimId);
        assertThat(notices()).matches(
                "Your search had too many words to search at once; only the first \\d+ were searched\\.");

        browser.navigate().refresh();
        assertShowsOneHit(emoji, claimId);

        open(currentPath());
        assertShowsOneHit(emoji, claimId);
    }

    @Test
    void aLongerSearchIsShortenedVisiblyAndItsAddressStillLoads() {
        String emoji = codePoints(0x1F400, 1, 60).repeat(10); // 600 animals, none of them in the other tests' queries
        String searched = emoji.substring(0, 1000); // the first 500
        String claimId = annotate(searched, " said the post.");
        signInAs("annotator");

        searchFor(emoji);
        wait.until(ExpectedConditions.textToBe(By.id("search-count"), "1 claim"));
        assertThat(notices()).startsWith(
                "Your search is 600 characters long; only its first 500 characters were searched.");

        browser.navigate().refresh();
        assertShowsOneHit(searched, claimId);
        assertThat(notices()).doesNotContain("characters long");
    }

    private void searchFor(String query) {
        open("/search");
        paste(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-query input"))), query);
        wait.until(driver -> currentPath().startsWith("/search?q="));
    }

    private void assertShowsOneHit(String query, String claimId) {
        wait.until(ExpectedConditions.textToBe(By.id("search-count"), "1 claim"));
        WebElement box = browser.findElement(By.cssSelector("#search-query input"));
        assertThat(box.getAttribute("value")).isEqualTo(query);
        assertThat(browser.findElements(By.cssSelector("#search-results [data-claim-id='" + claimId + "']")))
                .hasSize(1);
        assertThat(browser.getPageSource()).doesNotContain("too large", "Bad Request", "Exception");
    }

    private String notices() {
        return browser.findElement(By.id("search-notices")).getText();
    }

    /** Imports an article that starts with {@code quote}, annotates the quote as a claim, and returns its id. */
    private String annotate(String quote, String rest) {
        String[] claimId = new String[1];
        RunAs.run("annotator", () -> {
            ArticleDetails article = articles.importArticle(cityDesk(), NewArticle.of("Long link " + UUID.randomUUID(),
                    quote + rest));
            claimId[0] = claims.create(article.id(), new TextSelection(0, quote.length(), quote), "").id().toString();
        });
        return claimId[0];
    }

    private static String codePoints(int first, int step, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.appendCodePoint(first + i * step);
        }
        return text.toString();
    }
}
