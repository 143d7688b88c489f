package org.veritext.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.veritext.app.browser.HeadlessChromium;
import org.veritext.app.security.RunAs;
import org.veritext.core.assignment.AssignmentService;
import org.veritext.core.assignment.Duty;
import org.veritext.core.discussion.CommentService;

/**
 * Team work seen from two desks, each in a browser of its own: each person's home page lists his own queues (a
 * reviewer never sees his own work to review, an annotator none at all), both see who else has the article open,
 * and what a colleague does reaches the other's queues and bell without a reload.
 */
class QueuesAndPresenceEndToEndTest extends BrowserTest {

    private static final Duration LIVE = Duration.ofSeconds(10);
    private static final String ANNOTATOR = "Ana Annotator";
    private static final String REVIEWER = "Rui Reviewer";

    @Autowired
    AssignmentService assignments;

    @Autowired
    CommentService comments;

    private WebDriver colleague;
    private WebDriverWait colleagueWaits;
    private String articleId;
    private String submittedClaimId;
    private String draftClaimId;

    @BeforeEach
    void theDemoArticleAndASecondBrowser() {
        articleId = jdbc.queryForObject("SELECT id FROM article WHERE title LIKE 'Harbour council%'", String.class);
        submittedClaimId = jdbc.queryForObject("SELECT id FROM claim WHERE quote = 'cost 48 million euros'",
                String.class);
        draftClaimId = jdbc.queryForObject("SELECT id FROM claim WHERE quote LIKE 'cut late-night car journeys%'",
                String.class);
        colleague = HeadlessChromium.start();
        colleagueWaits = new WebDriverWait(colleague, LIVE);
    }

    @AfterEach
    void colleagueLeaves() {
        colleague.quit();
    }

    @Test
    void theReviewerFindsTheSubmittedClaimAwaitingHimTheAnnotatorOnlyHisDrafts() throws Exception {
        signInAs("annotator");
        signInAs(colleague, "reviewer");
        open("/review");
        colleague.get("http://localhost:" + port + "/review");

        // The reviewer: the submitted claim waits for him, and the count says how many there are.
        colleagueWaits.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#queue-awaiting-review [data-claim-id='" + submittedClaimId + "']")));
        assertThat(count(colleague, "queue-awaiting-review")).isEqualTo(entries(colleague, "queue-awaiting-review"))
                .isPositive();
        assertThat(entries(colleague, "queue-drafts")).as("he wrote nothing").isZero();

        // The annotator made that claim: it never waits for his review (he reviews nowhere); his draft is listed.
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#queue-drafts [data-claim-id='" + draftClaimId + "']")));
        assertThat(count(browser, "queue-awaiting-review")).isZero();
        assertThat(browser.findElements(By.cssSelector("[data-claim-id='" + submittedClaimId + "']")))
                .as("the claim he submitted is in none of his queues").isEmpty();
        assertThat(browser.findElement(By.id("queue-awaiting-review")).getText())
                .contains("You review in none of your projects");
        assertThat(count(browser, "queue-drafts")).isEqualTo(entries(browser, "queue-drafts"));
        screenshot("queues-annotator");

        // A manager asks the reviewer to review the article: it appears among his assignments without a reload.
        UUID reviewerId = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'reviewer'", UUID.class);
        RunAs.run("manager", () -> {
            assignments.unassign(UUID.fromString(articleId), reviewerId, Duty.REVIEW);
            assignments.assign(UUID.fromString(articleId), reviewerId, Duty.REVIEW);
        });
        colleagueWaits.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#queue-assigned [data-article-id='" + articleId + "']")));
        screenshot(colleague, "queues-reviewer");

        // His entry opens the article at the claim.
        colleague.findElement(By.cssSelector("#queue-awaiting-review [data-claim-id='" + submittedClaimId + "']"))
                .click();
        colleagueWaits.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#claim-list .claim-item.selected[data-claim-id='" + submittedClaimId + "']")));
        assertThat(colleague.getCurrentUrl()).contains("/articles/" + articleId, "claim=" + submittedClaimId);
    }

    @Test
    void twoPeopleOnOneArticleSeeEachOtherAndTheOneWhoLeavesDisappears() throws Exception {
        String articlePath = "/articles/" + articleId;
        signInAs("annotator");
        signInAs(colleague, "reviewer");
        open(articlePath);
        awaitPresent(browser, ANNOTATOR + " (you)");

        colleague.get("http://localhost:" + port + articlePath);

        awaitPresent(colleague, REVIEWER + " (you)", ANNOTATOR);
        awaitPresent(browser, ANNOTATOR + " (you)", REVIEWER);
        screenshot("presence-two-people");

        colleague.get("http://localhost:" + port + "/review");

        awaitPresent(browser, ANNOTATOR + " (you)");
    }

    @Test
    void aMentionRingsTheReviewersBellAtOnceAndItsEntryOpensTheClaim() throws Exception {
        signInAs(colleague, "reviewer");
        colleague.get("http://localhost:" + port + "/review");
        colleagueWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("notifications")));
        long before = unread(colleague);

        RunAs.run("annotator", () -> comments.add(UUID.fromString(submittedClaimId), null,
                "@reviewer the council's budget came out today, can you look again?"));

        colleagueWaits.until(driver -> unread(driver) == before + 1);
        colleague.findElement(By.id("notifications")).click();
        By mention = By.xpath("//*[contains(@class, 'notification-entry') and contains(@class, 'unread')"
                + " and contains(., 'budget came out today')]");
        colleagueWaits.until(ExpectedConditions.elementToBeClickable(mention));
        screenshot(colleague, "bell-open");

        colleague.findElement(mention).click();

        colleagueWaits.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#claim-list .claim-item.selected[data-claim-id='" + submittedClaimId + "']")));
        assertThat(colleague.getCurrentUrl()).contains("/articles/" + articleId);
        colleagueWaits.until(driver -> unread(driver) == before);
    }

    private static void awaitPresent(WebDriver driver, String... names) {
        new WebDriverWait(driver, LIVE).withMessage(() -> "present: " + present(driver))
                .until(d -> present(d).equals(List.of(names)));
    }

    /** The names in the presence avatars, as the avatar group holds them. */
    @SuppressWarnings("unchecked")
    private static List<String> present(WebDriver driver) {
        Object names = ((JavascriptExecutor) driver).executeScript("""
                const group = document.getElementById('presence');
                return group && group.items ? group.items.map(item => item.name) : [];
                """);
        return (List<String>) names;
    }

    /** The bell's unread count: its badge's number, or 0 while the badge is hidden. */
    private static long unread(WebDriver driver) {
        Object count = ((JavascriptExecutor) driver).executeScript("""
                const badge = document.getElementById('notifications-count');
                return !badge || badge.hidden ? 0 : parseInt(badge.textContent, 10);
                """);
        return ((Number) count).longValue();
    }

    private static long count(WebDriver driver, String queueId) {
        return Long.parseLong(driver.findElement(By.cssSelector("#" + queueId + " .queue-count")).getText());
    }

    private static long entries(WebDriver driver, String queueId) {
        return driver.findElements(By.cssSelector("#" + queueId + " .queue-entry")).size();
    }
}
