package org.veritext.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.veritext.core.text.TextNormaliser;

/**
 * A fact-checker's whole path, in a real headless Chromium against the running application (demo profile, H2 in a
 * file): sign in → import an article → select a sentence → create a claim → reload: still highlighted at the same
 * place → search a word of it → the hit opens the article at that claim. Uses only the stable element ids.
 */
class AnnotateAndFindEndToEndTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private static final String CLAIM = "The harbour authority said the new breakwater had cut storm damage by 40 percent.";
    private static final String ARTICLE = String.join("\n\n", List.of(
            "Breakwater report divides the port",
            "Filler paragraph about the port's history and its many ferries. ".repeat(12),
            "Another long paragraph on the fishing fleet and the weather this winter. ".repeat(12),
            "A third paragraph on traffic, tourism and the old lighthouse. ".repeat(12),
            "The mayor welcomed the report. " + CLAIM + " Engineers were less sure.",
            "Closing paragraph with reactions from residents along the quay. ".repeat(8)));
    @Test
    void aHighlightedClaimTravelsFromTheBrowserToASearchHitAndBack() throws IOException {
        signInAs("annotator");

        // Import an article by pasting its text.
        click(By.id("import-article"));
        type(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#import-title input"))),
                "Breakwater report divides the port");
        paste(browser.findElement(By.cssSelector("#import-text textarea")), ARTICLE);
        click(By.id("import-save"));
        wait.until(ExpectedConditions.urlMatches("/articles/[0-9a-f-]{36}$"));
        String articleUrl = browser.getCurrentUrl();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text p")));

        // Select the sentence in the rendered text, as a mouse drag would, and create a claim from it.
        selectInText(CLAIM);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("create-claim"))).click();
        WebElement listed = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#claim-list [data-claim-id]")));
        String claimId = listed.getAttribute("data-claim-id");
        assertThat(highlightedText(claimId)).isEqualTo(CLAIM);
        int start = TextNormaliser.normalise(ARTICLE).indexOf(CLAIM);
        assertThat(claimOffsets(claimId)).containsExactly((long) start, (long) start + CLAIM.length());
        screenshot("article-with-new-claim");

        // Reload: the same highlight at the same offsets.
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark[data-claim-id]")));
        assertThat(highlightedText(claimId)).isEqualTo(CLAIM);
        assertThat(claimOffsets(claimId)).containsExactly((long) start, (long) start + CLAIM.length());

        // Search a word of it; the hit opens the article at that claim.
        open("/search");
        WebElement query = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-query input")));
        type(query, "breakwater");
        String hitSelector = "#search-results .search-result[data-claim-id='" + claimId + "']";
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(hitSelector + " mark")));
        WebElement hit = browser.findElement(By.cssSelector(hitSelector));
        assertThat(hit.findElements(By.cssSelector(".result-quote mark"))).extracting(WebElement::getText)
                .containsExactly("breakwater");
        screenshot("search-hit");
        hit.click();

        wait.until(ExpectedConditions.urlToBe(articleUrl + "?claim=" + claimId));
        wait.until(ExpectedConditions.attributeContains(
                By.cssSelector("#article-text mark[data-claim-id='" + claimId + "']"), "class", "ct-selected"));
        wait.until(driver -> isInView(firstHighlight(claimId)));
        assertThat(browser.findElement(By.cssSelector("#claim-list [data-claim-id='" + claimId + "']"))
                .getAttribute("aria-current")).isEqualTo("true");
        screenshot("opened-at-claim");
    }

    @Test
    void goingFromOneArticleToAnotherInTheSamePageCreatesEachClaimOnce() {
        signInAs("annotator");
        String demoArticle = jdbc.queryForObject("SELECT id FROM article WHERE title LIKE 'Harbour council%'",
                String.class);
        click(By.id("import-article"));
        type(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#import-title input"))),
                "Second article");
        paste(browser.findElement(By.cssSelector("#import-text textarea")), "Ferries will run all night from May.");
        click(By.id("import-save"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text p")));
        String secondArticle = currentPath().substring("/articles/".length());

        // Back to the demo article without leaving the page, as the browser's back button does: Vaadin reuses the
        // article view for it.
        js("history.pushState({}, '', '/articles/' + arguments[0]); dispatchEvent(new PopStateEvent('popstate'));",
                demoArticle);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".article-title"),
                "Harbour council"));
        long claimsBefore = claimCount(demoArticle);
        selectInText("the university district");
        click(By.id("create-claim"));
        wait.until(driver -> claimCount(demoArticle) > claimsBefore);

        assertThat(claimCount(demoArticle)).isEqualTo(claimsBefore + 1);
        assertThat(claimCount(secondArticle)).isZero();
    }

    @Test
    void theDemoLoginPageListsTheDemoAccounts() {
        browser.manage().deleteAllCookies();
        open("/login");
        WebElement accounts = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("demo-accounts")));

        assertThat(accounts.getText()).contains("annotator", "reviewer", "admin");
    }

    private void selectInText(String quote) {
        selectInText(browser, quote);
    }

    private long claimCount(String articleId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM claim WHERE article_id = ?", Long.class,
                UUID.fromString(articleId));
    }

    private String highlightedText(String claimId) {
        return (String) js("""
                return [...document.querySelectorAll('#article-text mark[data-claim-id="' + arguments[0] + '"]')]
                    .map(mark => mark.textContent).join('');
                """, claimId);
    }

    @SuppressWarnings("unchecked")
    private List<Long> claimOffsets(String claimId) {
        Map<String, Object> claim = (Map<String, Object>) js("""
                return document.getElementById('article-text').claims.find(c => c.id === arguments[0]);
                """, claimId);
        return List.of(((Number) claim.get("start")).longValue(), ((Number) claim.get("end")).longValue());
    }

    private WebElement firstHighlight(String claimId) {
        return browser.findElement(By.cssSelector("#article-text mark[data-claim-id='" + claimId + "']"));
    }

    private boolean isInView(WebElement element) {
        return (Boolean) js("""
                const box = arguments[0].getBoundingClientRect();
                return box.top >= 0 && box.bottom <= window.innerHeight;
                """, element);
    }

}
