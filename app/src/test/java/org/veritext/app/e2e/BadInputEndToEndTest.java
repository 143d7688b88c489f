package org.veritext.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a fact-checker sees when something is wrong: a clear message, the form as it was, nothing stored, and never
 * a stack trace. Forged addresses and forged browser events included.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadInputEndToEndTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path files;

    @Test
    void aForgedOrStaleArticleAddressSaysNotFoundWithoutAStackTrace() {
        signInAs("annotator");

        open("/articles/not-an-id");
        assertThat(pageText()).contains("Not found", "There is no article at this address.");

        open("/articles/" + UUID.randomUUID() + "?claim=" + UUID.randomUUID());
        assertThat(pageText()).contains("This article does not exist");

        open("/no/such/page");
        assertThat(pageText()).contains("Page not found");
        assertThat(browser.getPageSource()).doesNotContain("Exception", "at org.", "at java.");
    }

    @Test
    void importingWithoutTextExplainsAndStoresNothing() {
        signInAs("annotator");
        long articlesBefore = articleCount();

        click(By.id("import-article"));
        WebElement title = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#import-title input")));
        type(title, "A title but no text");
        click(By.id("import-save"));

        assertThat(errorNotification()).contains("The article has no text");
        assertThat(title.getAttribute("value")).isEqualTo("A title but no text");
        assertThat(articleCount()).isEqualTo(articlesBefore);
    }

    @Test
    void pastingSixMillionCharactersKeepsThemAllShowsTheLimitAndStoresNothing() {
        signInAs("annotator");
        long articlesBefore = articleCount();
        String expected = "The text is 6,000,000 characters long; Veritext takes at most 5,000,000. "
                + "Import the article in parts, or leave out what is not the article.";

        click(By.id("import-article"));
        type(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#import-title input"))), "Too long");
        WebElement text = browser.findElement(By.cssSelector("#import-text textarea"));
        pasteThroughTheEditor(text, "abcdefghij".repeat(600_000));

        assertThat(js("return arguments[0].value.length", text)).as("nothing cut by the browser").isEqualTo(6_000_000L);
        wait.until(ExpectedConditions.attributeToBe(By.id("import-text"), "invalid", "true"));
        assertThat(browser.findElement(By.cssSelector("#import-text > [slot=error-message]")).getText())
                .isEqualTo(expected);

        click(By.id("import-save"));
        assertThat(errorNotification()).contains(expected);
        assertThat(articleCount()).isEqualTo(articlesBefore);
        assertThat(js("return arguments[0].value.length", text)).as("nothing cut after saving").isEqualTo(6_000_000L);
    }

    @Test
    void uploadingAWebPageFillsTheFormWithItsReadableTextAndSaysWhatWasLeftOut() throws IOException {
        signInAs("annotator");
        Path page = files.resolve("talks.html");
        Files.writeString(page, """
                <html lang="tr"><head><meta property="og:title" content="Talks in Istanbul">
                <script>alert('never run')</script></head>
                <body onload="steal()"><article><p class="byline">By Jane Doe</p>
                <p>The delegations met for <b>an hour</b>.</p><h2>Related</h2><p>\u200B</p>
                <p>Each side returns 6,000 bodies.<scr<script>ipt>alert(1)</scr</script>ipt></p></article></body></html>""");

        click(By.id("import-article"));
        upload(page);

        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#import-title input"), "value", "Talks in Istanbul"));
        assertThat(browser.findElement(By.cssSelector("#import-text textarea")).getAttribute("value"))
                .isEqualTo("The delegations met for an hour.\n\nEach side returns 6,000 bodies.");
        assertThat(browser.findElement(By.cssSelector("#import-language input")).getAttribute("value")).isEqualTo("tr");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-notes"))).getText())
                .isEqualTo("""
                        Left out 2 short lines of page furniture: \u201CBy Jane Doe\u201D, \u201CRelated\u201D.
                        Left out 1 piece of broken HTML markup: \u201C<scr<script>ipt>alert(1)ipt>\u201D.
                        Left out 1 paragraph with no visible characters (only zero-width or other invisible ones).""");
    }

    @Test
    void uploadingAFileThatIsNotUtf8ExplainsAndKeepsTheForm() throws IOException {
        signInAs("annotator");
        Path latin1 = files.resolve("cafe.txt");
        Files.write(latin1, "Caf\u00E9 talks".getBytes(StandardCharsets.ISO_8859_1));

        click(By.id("import-article"));
        WebElement title = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#import-title input")));
        type(title, "Typed before the upload");
        upload(latin1);

        assertThat(errorNotification()).contains("not valid UTF-8");
        assertThat(title.getAttribute("value")).isEqualTo("Typed before the upload");
    }

    @Test
    void aForgedSelectionFromTheBrowserIsRefusedByTheServer() {
        signInAs("annotator");
        String demoArticle = jdbc.queryForObject("SELECT id FROM article WHERE title LIKE 'Harbour council%'",
                String.class);
        open("/articles/" + demoArticle);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text p")));
        long claimsBefore = claimCount();

        js("""
                document.getElementById('article-text').dispatchEvent(new CustomEvent('claim-create',
                    {bubbles: true, detail: {start: 0, end: 7, quote: 'Forged!'}}));
                """);

        assertThat(errorNotification()).contains("does not match the article");
        assertThat(claimCount()).isEqualTo(claimsBefore);
    }

    @Test
    void forgedClaimEventsWithValuesOfTheWrongTypeAreIgnoredQuietly(CapturedOutput log) {
        signInAs("annotator");
        String demoArticle = jdbc.queryForObject("SELECT id FROM article WHERE title LIKE 'Harbour council%'",
                String.class);
        open("/articles/" + demoArticle);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text p")));
        long claimsBefore = claimCount();

        js("""
                const text = document.getElementById('article-text');
                const quote = text.text.slice(0, 7);
                for (const start of ['abc', 2147483648, 1e20, true, {}, 10.7, -1, null]) {
                    text.dispatchEvent(new CustomEvent('claim-create', {bubbles: true,
                        detail: {start, end: 7, quote}}));
                }
                text.dispatchEvent(new CustomEvent('claim-create', {bubbles: true, detail: {start: 0, end: 7, quote: 42}}));
                text.dispatchEvent(new CustomEvent('claim-create', {bubbles: true, detail: 'not an object'}));
                text.dispatchEvent(new CustomEvent('claim-click', {bubbles: true, detail: {id: {}}}));
                text.dispatchEvent(new CustomEvent('claim-selection-change', {bubbles: true, detail: {start: 'x', end: []}}));
                // Last, one well-formed but forged request: its refusal proves the server has handled all the above.
                text.dispatchEvent(new CustomEvent('claim-create', {bubbles: true,
                    detail: {start: 0, end: 7, quote: 'Forged!'}}));
                """);

        assertThat(errorNotification()).contains("does not match the article");
        assertThat(browser.findElements(By.cssSelector("vaadin-notification-card"))).hasSize(1);
        assertThat(claimCount()).isEqualTo(claimsBefore);
        assertThat(log.getAll()).contains("Ignored a malformed claim-create event from the browser: start=\"abc\"",
                "start=100000000000000000000", "start=10.7", "start=true").doesNotContain("IllegalArgumentException", "Cannot deserialize");
    }

    @Test
    void hostileMarkupInTitleTextAndRestatementIsShownAsTextAndNeverRuns() {
        signInAs("annotator");
        String title = "<img src=x onerror=\"window.pwned='title'\">Talks";
        String sentence = "<script>window.pwned='text'</script> said the minister.";
        click(By.id("import-article"));
        type(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#import-title input"))), title);
        paste(browser.findElement(By.cssSelector("#import-text textarea")), sentence);
        click(By.id("import-save"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text p")));

        js("""
                const el = document.getElementById('article-text');
                el.dispatchEvent(new CustomEvent('claim-create', {bubbles: true,
                    detail: {start: 0, end: el.text.length, quote: el.text}}));
                """);
        WebElement restatement = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#claim-restatement textarea")));
        type(restatement, "<b onmouseover=\"window.pwned='restatement'\">bold</b>");
        click(By.id("claim-save"));
        wait.until(driver -> jdbc.queryForObject("SELECT COUNT(*) FROM claim WHERE restatement LIKE '<b onmouseover%'",
                Long.class) == 1);
        js("arguments[0].scrollIntoView()", browser.findElement(By.id("claim-list"))); // the editor is long
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-list"), "<b onmouseover"));

        assertThat(browser.findElement(By.cssSelector(".article-title")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector("#article-text p")).getText()).isEqualTo(sentence);
        assertThat(browser.findElements(By.cssSelector("#article-text script, .article-title img, #claim-list b")))
                .isEmpty();
        assertThat(js("return window.pwned === undefined")).isEqualTo(true);
    }

    private void upload(Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-file")));
        WebElement input = (WebElement) js(
                "return document.getElementById('import-file').shadowRoot.querySelector('input[type=file]');");
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private String pageText() {
        return wait.until(driver -> {
            String text = driver.findElement(By.tagName("body")).getText();
            return text.contains("found") ? text : null;
        });
    }

    private long articleCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class);
    }

    private long claimCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM claim", Long.class);
    }
}
