package org.veritext.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasPermissions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.veritext.app.browser.HeadlessChromium;

/**
 * The four-eyes review of one claim, with the annotator and a colleague each in a browser of his own: what one does
 * (submit, request changes with a reason, comment, approve, reopen) reaches the other's editor live; each is offered
 * exactly what he may do; two people saving the same claim get the two versions side by side instead of an
 * overwrite, and lose nothing they typed; the claim's history shows every step and lets a manager put an earlier
 * version back; and someone outside the project finds nothing at the article's address. It prints how long a save
 * takes to reach the other browser.
 */
class ReviewWorkflowEndToEndTest extends BrowserTest {

    private static final Duration LIVE = Duration.ofSeconds(10);
    private static final String QUOTE = "Construction is due to begin in September";
    private static final String FIRST = "Construction of the night tram starts in September, the council says.";
    private static final String SECOND = "Construction of the night tram starts in September 2026, the council says.";
    private static final String ANNOTATORS_THIRD = "Building starts in September 2026, says the council.";
    private static final String ANNOTATORS_REASON = "The council's press release of 12 March says so.";
    private static final String MANAGERS = "The council says construction of the night tram begins in September 2026.";
    private static final String WHY_CHANGES = "Which year? The article does not say; check the council's timetable.";

    private WebDriver colleague;
    private WebDriverWait colleagueWaits;
    private String articlePath;

    @BeforeEach
    void annotatorAndReviewerOpenTheDemoArticle() {
        articlePath = "/articles/" + jdbc.queryForObject(
                "SELECT id FROM article WHERE title LIKE 'Harbour council%'", String.class);
        colleague = HeadlessChromium.start();
        colleagueWaits = new WebDriverWait(colleague, LIVE);
        signInAs("annotator");
        signInAs(colleague, "reviewer");
        open(articlePath);
        colleague.get("http://localhost:" + port + articlePath);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark[data-claim-id]")));
        colleagueWaits.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#article-text mark[data-claim-id]")));
    }

    @AfterEach
    void colleagueLeaves() {
        colleague.quit();
    }

    @Test
    void aClaimGoesThroughReviewWithBothPeopleSeeingEachStepLive() throws Exception {
        // The annotator looks at a claim with a claimant, then highlights a new one: its editor starts empty.
        String costClaim = jdbc.queryForObject("SELECT id FROM claim WHERE quote = 'cost 48 million euros'",
                String.class);
        click(By.cssSelector(mark(costClaim)));
        wait.until(driver -> selectedCount(browser, "claim-claimant") == 1);
        selectInText(browser, QUOTE);
        long created = System.nanoTime();
        click(By.id("create-claim"));
        String claimId = wait.until(driver -> jdbc.queryForList("SELECT id FROM claim WHERE quote = ?", String.class,
                QUOTE).stream().findFirst().orElse(null));
        wait.until(ExpectedConditions.textToBe(By.id("claim-state"), "Draft"));
        assertThat(selectedCount(browser, "claim-claimant")).as("no claimant carried over from the other claim")
                .isZero();

        // The reviewer sees it appear without a reload.
        closely(colleague).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(mark(claimId))));
        System.out.println("LIVE create->other browser ms=" + (System.nanoTime() - created) / 1_000_000);

        // The annotator words it and submits it; he is never offered to approve it.
        type(restatementField(browser), FIRST);
        click(By.id("claim-save"));
        wait.until(driver -> FIRST.equals(restatementInDatabase(claimId)));
        click(By.id("claim-submit"));
        wait.until(ExpectedConditions.textToBe(By.id("claim-state"), "Submitted"));
        assertThat(stateInDatabase(claimId)).isEqualTo("SUBMITTED");
        assertThat(shown(browser, "claim-approve")).isFalse();
        assertThat(shown(browser, "claim-submit")).isFalse();

        // The reviewer opens it: review moves, no editing, no deleting.
        colleague.findElement(By.cssSelector(mark(claimId))).click();
        colleagueWaits.until(ExpectedConditions.textToBe(By.id("claim-state"), "Submitted"));
        assertThat(shown(colleague, "claim-approve")).isTrue();
        assertThat(shown(colleague, "claim-request-changes")).isTrue();
        assertThat(shown(colleague, "claim-reject")).isTrue();
        assertThat(shown(colleague, "claim-save")).isFalse();
        assertThat(shown(colleague, "delete-claim")).as("a reviewer is not offered Delete").isFalse();
        assertThat(shown(colleague, "claim-submit")).isFalse();
        assertThat(shown(colleague, "create-claim")).as("a reviewer is not offered new claims").isFalse();
        assertThat(shown(colleague, "suggestions")).as("nor suggestions he could not accept").isFalse();
        assertThat(colleague.getCurrentUrl()).as("the address names the claim").contains("claim=" + claimId);
        assertThat(colleague.findElement(By.id("claim-restatement")).getAttribute("readonly")).isNotNull();
        assertThat(colleague.findElement(By.id("claim-read-only")).getText())
                .isEqualTo("You review this project's claims; you can comment but not edit.");
        screenshot(colleague, "review-reviewer-sees-a-submitted-claim");

        // He asks for changes: not without saying why.
        colleague.findElement(By.id("claim-request-changes")).click();
        WebElement reason = colleagueWaits.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-comment")));
        colleague.findElement(By.id("review-confirm")).click();
        colleagueWaits.until(driver -> reason.getAttribute("invalid") != null);
        assertThat(stateInDatabase(claimId)).isEqualTo("SUBMITTED");
        reason.findElement(By.tagName("textarea")).sendKeys(WHY_CHANGES);
        colleague.findElement(By.id("review-confirm")).click();
        colleagueWaits.until(ExpectedConditions.textToBe(By.id("claim-state"), "Changes requested"));

        // The annotator sees the new state and the reason at once.
        wait.until(ExpectedConditions.textToBe(By.id("claim-state"), "Changes requested"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-comments"), WHY_CHANGES));
        assertThat(browser.findElement(By.id("claim-comments")).getText()).contains("Requested changes:");
        screenshot("review-annotator-sees-changes-requested");

        // He answers the reason, mentioning the reviewer with @ (offered as he types), and the reviewer reads it live.
        browser.findElement(By.cssSelector("#claim-comments .comment-changes-requested .comment-reply")).click();
        WebElement comment = browser.findElement(By.cssSelector("#comment-text textarea"));
        comment.sendKeys("@rev");
        click(By.cssSelector("#comment-mentions [data-username='reviewer']"));
        wait.until(driver -> "@reviewer ".equals(comment.getAttribute("value")));
        comment.sendKeys("the timetable says 2026; fixed.");
        click(By.id("comment-send"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comment-notified"), "Rui Reviewer"));
        WebElement answer = colleagueWaits.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='claim-comments']//*[contains(@class,'comment ') and contains(., 'fixed.')]")));
        assertThat(answer.getText()).contains("Ana Annotator", "@reviewer the timetable says 2026; fixed.");
        assertThat(answer.getAttribute("style")).as("an answer is indented").contains("--comment-depth: 1");

        // He corrects the claim and submits it again; the reviewer approves what he now sees.
        type(restatementField(browser), SECOND);
        click(By.id("claim-submit")); // saves what is on screen first
        wait.until(ExpectedConditions.textToBe(By.id("claim-state"), "Submitted"));
        assertThat(restatementInDatabase(claimId)).isEqualTo(SECOND);
        colleagueWaits.until(ExpectedConditions.textToBe(By.id("claim-state"), "Submitted"));
        colleagueWaits.until(driver -> SECOND.equals(restatementField(colleague).getAttribute("value")));
        colleague.findElement(By.id("claim-approve")).click();
        colleagueWaits.until(ExpectedConditions.textToBe(By.id("claim-state"), "Approved"));

        // The annotator's editor turns read-only, saying why.
        wait.until(ExpectedConditions.textToBe(By.id("claim-state"), "Approved"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-read-only")));
        assertThat(browser.findElement(By.id("claim-read-only")).getText())
                .isEqualTo("Approved by Rui Reviewer \u2014 read-only until a manager reopens it.");
        assertThat(shown(browser, "claim-save")).isFalse();
        assertThat(shown(browser, "delete-claim")).isFalse();
        assertThat(browser.findElement(By.id("claim-restatement")).getAttribute("readonly")).isNotNull();
        screenshot("review-annotator-sees-approved-read-only");

        // A manager reopens it (the colleague's browser, now signed in as the manager).
        signInAs(colleague, "manager");
        colleague.get("http://localhost:" + port + articlePath + "?claim=" + claimId);
        colleagueWaits.until(ExpectedConditions.textToBe(By.id("claim-state"), "Approved"));
        colleague.findElement(By.id("claim-reopen")).click();
        colleagueWaits.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-comment")))
                .findElement(By.tagName("textarea")).sendKeys("The council moved the start; check again.");
        colleague.findElement(By.id("review-confirm")).click();
        colleagueWaits.until(ExpectedConditions.textToBe(By.id("claim-state"), "Draft"));
        wait.until(ExpectedConditions.textToBe(By.id("claim-state"), "Draft"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-save")));

        // Both edit it at once; the annotator saves first, and the manager's editor hears of it while he types.
        type(restatementField(colleague), MANAGERS);
        type(restatementField(browser), ANNOTATORS_THIRD);
        type(browser.findElement(By.cssSelector("#claim-rationale textarea")), ANNOTATORS_REASON);
        long saved = System.nanoTime();
        click(By.id("claim-save"));
        closely(colleague).until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-editor-notice"),
                "Ana Annotator changed this claim while you were editing it"));
        System.out.println("LIVE save->other browser ms=" + (System.nanoTime() - saved) / 1_000_000);
        wait.until(driver -> ANNOTATORS_THIRD.equals(restatementInDatabase(claimId)));
        assertThat(restatementField(colleague).getAttribute("value")).as("his typing stays").isEqualTo(MANAGERS);

        // The manager's save does not go over it: he sees both versions side by side.
        colleague.findElement(By.id("claim-save")).click();
        WebElement dialog = colleagueWaits.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict-dialog")));
        assertThat(restatementInDatabase(claimId)).isEqualTo(ANNOTATORS_THIRD);
        assertThat(differingFields(colleague)).containsExactly("Restatement", "Rationale");
        assertThat(dialog.getText()).contains(MANAGERS, ANNOTATORS_THIRD, ANNOTATORS_REASON);
        screenshot(colleague, "review-conflict-side-by-side");

        // He copies his version to the clipboard first: the dialog stays, his words are there to paste.
        ((HasPermissions) colleague).setPermission("clipboard-read", "granted");
        colleague.findElement(By.id("conflict-copy-mine")).click();
        colleagueWaits.until(ExpectedConditions.attributeToBe(By.id("conflict-copy-mine"), "data-copied", "true"));
        assertThat(clipboard(colleague)).contains("Restatement: " + MANAGERS);
        assertThat(colleague.findElement(By.id("conflict-dialog")).isDisplayed()).isTrue();

        // Merging by hand keeps his wording and takes the annotator's rationale, which he did not touch.
        colleague.findElement(By.id("conflict-merge")).click();
        colleagueWaits.until(ExpectedConditions.invisibilityOfElementLocated(By.id("conflict-dialog")));
        assertThat(restatementField(colleague).getAttribute("value")).isEqualTo(MANAGERS);
        assertThat(colleague.findElement(By.cssSelector("#claim-rationale textarea")).getAttribute("value"))
                .isEqualTo(ANNOTATORS_REASON);
        colleague.findElement(By.id("claim-save")).click();
        colleagueWaits.until(driver -> MANAGERS.equals(restatementInDatabase(claimId)));
        assertThat(jdbc.queryForObject("SELECT rationale FROM claim WHERE id = ?", String.class, uuid(claimId)))
                .isEqualTo(ANNOTATORS_REASON);
        wait.until(driver -> MANAGERS.equals(restatementField(browser).getAttribute("value")));

        // The history shows every step; the manager puts the first wording back.
        colleague.findElement(By.cssSelector("#claim-history vaadin-details-summary")).click();
        WebElement history = colleagueWaits.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#claim-history .history-entry")));
        String timeline = colleague.findElement(By.id("claim-history")).getText();
        assertThat(timeline).contains("Highlighted the claim", "Submitted for review", "Requested changes",
                "Approved", "Reopened", "Edited", "Mia Manager", "Ana Annotator", "Rui Reviewer",
                ANNOTATORS_THIRD + " \u2192 " + MANAGERS);
        assertThat(history.getText()).as("newest first").contains("Edited", "Mia Manager");
        WebElement firstEdit = colleague.findElement(By.xpath("//*[@id='claim-history']//*[contains(@class,"
                + "'history-entry')][.//*[contains(@class,'history-after') and text()='" + FIRST + "']]"));
        screenshot(colleague, "review-history");
        firstEdit.findElement(By.cssSelector(".history-restore")).click();
        colleagueWaits.until(ExpectedConditions.elementToBeClickable(By.id("restore-confirm"))).click();
        colleagueWaits.until(driver -> FIRST.equals(restatementInDatabase(claimId)));
        colleagueWaits.until(driver -> FIRST.equals(restatementField(colleague).getAttribute("value")));
        assertThat(jdbc.queryForObject("SELECT rationale FROM claim WHERE id = ?", String.class, uuid(claimId)))
                .isEmpty();
        colleagueWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-history"),
                "Restored an earlier version"));
        // The annotator, who has nothing unsaved, simply sees the restored wording.
        wait.until(driver -> FIRST.equals(restatementField(browser).getAttribute("value")));
        screenshot(colleague, "review-restored");

        // Once more at once; this time the manager takes the annotator's version, and his own words stay copyable.
        String managersUnsaved = "The manager's wording, never saved.";
        type(restatementField(colleague), managersUnsaved);
        type(restatementField(browser), SECOND);
        click(By.id("claim-save"));
        colleagueWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-editor-notice"),
                "while you were editing it"));
        colleague.findElement(By.id("conflict-compare")).click();
        colleagueWaits.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict-dialog")));
        colleague.findElement(By.id("conflict-take-theirs")).click();
        colleagueWaits.until(driver -> SECOND.equals(restatementField(colleague).getAttribute("value")));
        colleague.findElement(By.id("claim-copy-discarded")).click();
        colleagueWaits.until(ExpectedConditions.attributeToBe(By.id("claim-copy-discarded"), "data-copied", "true"));
        assertThat(clipboard(colleague)).contains("Restatement: " + managersUnsaved);
        assertThat(restatementInDatabase(claimId)).isEqualTo(SECOND);

        // Someone outside the project who gets the article's address finds nothing there: the same page as for an
        // article that does not exist, so the address does not even tell him there is one.
        signInAs(colleague, "investigator");
        colleague.get("http://localhost:" + port + articlePath + "?claim=" + claimId);
        WebElement notFound = colleagueWaits.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".error-page")));
        assertThat(notFound.getText()).contains("Not found", "This article does not exist, or it was removed.")
                .doesNotContain(QUOTE, FIRST);
        assertThat(colleague.findElements(By.id("claim-editor"))).isEmpty();
        assertThat(colleague.getPageSource()).doesNotContain(QUOTE, "Harbour council");
    }

    /** A wait that looks every 10 ms (not every 500), to time how soon something arrives. */
    private static WebDriverWait closely(WebDriver driver) {
        return new WebDriverWait(driver, LIVE, Duration.ofMillis(10));
    }

    /** The clipboard's text in the browser (needs the clipboard-read permission). */
    private static String clipboard(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.clipboard.readText().then(done, error => done('refused: ' + error));
                """);
    }

    private static String mark(String claimId) {
        return "#article-text mark[data-claim-id='" + claimId + "']";
    }

    private static WebElement restatementField(WebDriver driver) {
        return driver.findElement(By.cssSelector("#claim-restatement textarea"));
    }

    /** Whether the element is on the page and shown (Vaadin hides what is not offered). */
    private static boolean shown(WebDriver driver, String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.getFirst().isDisplayed();
    }

    /** How many items the picker has selected; -1 while it is not on the page. */
    private static long selectedCount(WebDriver driver, String pickerId) {
        Object count = ((JavascriptExecutor) driver).executeScript("""
                const picker = document.getElementById(arguments[0]);
                return picker ? (picker.selectedItems || []).length : -1;
                """, pickerId);
        return ((Number) count).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> differingFields(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('.conflict-table .conflict-label.differs')]
                    .map(cell => cell.dataset.field);
                """);
    }

    private String restatementInDatabase(String claimId) {
        return jdbc.queryForObject("SELECT restatement FROM claim WHERE id = ?", String.class, uuid(claimId));
    }

    private String stateInDatabase(String claimId) {
        Map<String, Object> row = jdbc.queryForMap("SELECT review_state FROM claim WHERE id = ?", uuid(claimId));
        return (String) row.get("review_state");
    }

    private static java.util.UUID uuid(String id) {
        return java.util.UUID.fromString(id);
    }
}
