package org.veritext.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.veritext.app.browser.HeadlessChromium;

/**
 * Two people on one article, each in a browser of his own: what one saves appears in the other's text and list
 * without a reload, while the other's typed text stays where it was.
 */
class LiveUpdatesEndToEndTest extends BrowserTest {

    private static final Duration LIVE = Duration.ofSeconds(5);
    private static final String NEW_QUOTE = "the student union said 7,000 students";

    @Autowired
    JdbcTemplate jdbc;

    private WebDriver colleague;
    private String articlePath;

    @BeforeEach
    void bothOpenTheDemoArticle() {
        articlePath = "/articles/" + jdbc.queryForObject(
                "SELECT id FROM article WHERE title LIKE 'Harbour council%'", String.class);
        colleague = HeadlessChromium.start();
        signInAs("annotator");
        signInAs(colleague, "manager"); // he edits too: a reviewer may only read and comment
        open(articlePath);
        colleague.get("http://localhost:" + port + articlePath);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark[data-claim-id]")));
        new WebDriverWait(colleague, LIVE).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark[data-claim-id]")));
    }

    @AfterEach
    void colleagueLeaves() {
        colleague.quit();
    }

    @Test
    void aClaimCreatedByOneAppearsLiveForTheOtherWhoseTypedTextStays() throws Exception {
        // The colleague opens a claim and starts rewording it, without saving.
        colleague.findElement(By.cssSelector("#article-text mark[data-claim-id]")).click();
        WebElement hisDraft = new WebDriverWait(colleague, LIVE).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#claim-restatement textarea")));
        hisDraft.clear();
        hisDraft.sendKeys("Half-written restatement that must survive");

        // Meanwhile the annotator highlights a new claim.
        selectInText(browser, NEW_QUOTE);
        click(By.id("create-claim"));
        String claimId = wait.until(driver -> jdbc.queryForList("SELECT id FROM claim WHERE quote = ?", String.class,
                NEW_QUOTE).stream().findFirst().orElse(null));

        // It appears in the colleague's text and list without a reload, and his draft is untouched.
        new WebDriverWait(colleague, LIVE).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#article-text mark[data-claim-id='" + claimId + "']")));
        new WebDriverWait(colleague, LIVE).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#claim-list [data-claim-id='" + claimId + "']")));
        assertThat(colleague.findElement(By.cssSelector("#claim-restatement textarea")).getAttribute("value"))
                .isEqualTo("Half-written restatement that must survive");
        assertThat(colleague.findElement(By.cssSelector("#article-text")).getText())
                .as("the text is still whole").contains(NEW_QUOTE);
        screenshot(colleague, "live-claim-arrived-for-colleague");
    }

    @Test
    void theClaimBeingEditedIsChangedElsewhereTheEditorSaysSoAndKeepsTheTypedText() throws Exception {
        String claimId = jdbc.queryForObject("SELECT id FROM claim WHERE quote = 'cost 48 million euros'", String.class);
        String highlight = "#article-text mark[data-claim-id='" + claimId + "']";
        colleague.findElement(By.cssSelector(highlight)).click();
        WebElement hisDraft = new WebDriverWait(colleague, LIVE).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#claim-restatement textarea")));
        hisDraft.clear();
        hisDraft.sendKeys("His unsaved wording");

        click(By.cssSelector(highlight));
        WebElement mine = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#claim-restatement textarea")));
        type(mine, "The tram costs 48 million euros, the mayor says.");
        click(By.id("claim-save"));

        WebElement notice = new WebDriverWait(colleague, LIVE).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("claim-editor-notice")));
        assertThat(notice.getText()).contains("changed this claim while you were editing it",
                "The tram costs 48 million euros, the mayor says.");
        assertThat(colleague.findElement(By.cssSelector("#claim-restatement textarea")).getAttribute("value"))
                .isEqualTo("His unsaved wording");
        screenshot(colleague, "live-claim-changed-while-editing");
    }
}
