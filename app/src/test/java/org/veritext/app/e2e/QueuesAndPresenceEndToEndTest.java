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
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.article.ArticleService;
import org.veritext.core.assignment.AssignmentService;
import org.veritext.core.assignment.Duty;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.discussion.CommentService;
import org.veritext.core.review.ReviewMove;

/**
 * Team work seen from two desks, each in a browser of its own: each person's home page lists his own queues (a
 * reviewer never sees his own work to review, an annotator none at all), both see who else has the article open,
 * and what a colleague does reaches the other's queues and bell without a reload.
 */
class QueuesAndPresenceEndToEndTest extends BrowserTest {

    private static final Duration LIVE = Duration.ofSeconds(10);
    private static final String ANNOTATOR = "Ana Annotator";
    private static final String REVIEWER = "Rui Reviewer";
    private static final String MANAGER = "Mia Manager";
    /**
     * How long a browser that died may still show: its last ping, one heartbeat to notice the silence, the row going
     * stale (three heartbeats), one more for the others to re-read, and a margin for a busy machine.
     */
    private static final Duration BROWSER_GONE = Duration.ofSeconds(45);

    @Autowired
    AssignmentService assignments;

    @Autowired
    CommentService comments;

    @Autowired
    ClaimService claims;

    @Autowired
    ArticleService articles;

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
    void aSubmittedClaimReachesTheReviewerLiveAndHisRequestForChangesRingsTheAnnotatorsBell() throws Exception {
        signInAs("annotator");
        signInAs(colleague, "reviewer");
        open("/review");
        colleague.get("http://localhost:" + port + "/review");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue-drafts")));
        colleagueWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("queue-awaiting-review")));
        long awaitingBefore = count(colleague, "queue-awaiting-review");
        long sentBackBefore = count(browser, "queue-changes-requested");
        long unreadBefore = unread(browser);

        // The annotator highlights a claim: his own page lists the draft without a reload.
        UUID article = UUID.fromString(articleId);
        String quote = "the largest public transport investment the harbour has seen in forty years";
        ClaimDetails[] claim = new ClaimDetails[1];
        RunAs.run("annotator", () -> {
            int start = articles.get(article).text().indexOf(quote);
            claim[0] = claims.create(article, new TextSelection(start, start + quote.length(), quote),
                    "The tram is the harbour's largest transport investment in forty years.");
        });
        By inDrafts = By.cssSelector("#queue-drafts [data-claim-id='" + claim[0].id() + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(inDrafts));

        // He submits it: it leaves his drafts, and appears among the reviewer's, with the count one up.
        RunAs.run("annotator", () -> claim[0] = claims.move(claim[0].id(), claim[0].version(), ReviewMove.SUBMIT,
                null));
        By awaiting = By.cssSelector("#queue-awaiting-review [data-claim-id='" + claim[0].id() + "']");
        colleagueWaits.until(ExpectedConditions.presenceOfElementLocated(awaiting));
        colleagueWaits.until(driver -> count(driver, "queue-awaiting-review") == awaitingBefore + 1);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(inDrafts));
        assertThat(browser.findElements(By.cssSelector("#queue-awaiting-review [data-claim-id='" + claim[0].id()
                + "']"))).as("never his own claim to review").isEmpty();
        screenshot(colleague, "queues-submitted-arrives");

        // The reviewer asks for changes: the annotator's bell rings and the claim comes back to him, with why.
        String why = "Which budget line says forty years? Link the council's minutes.";
        RunAs.run("reviewer", () -> claim[0] = claims.move(claim[0].id(), claim[0].version(),
                ReviewMove.REQUEST_CHANGES, why));
        wait.until(driver -> unread(driver) == unreadBefore + 1);
        By sentBack = By.cssSelector("#queue-changes-requested [data-claim-id='" + claim[0].id() + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(sentBack));
        wait.until(driver -> count(driver, "queue-changes-requested") == sentBackBefore + 1);
        assertThat(browser.findElement(sentBack).getText()).contains(REVIEWER + ": " + why);
        colleagueWaits.until(ExpectedConditions.invisibilityOfElementLocated(awaiting));
        colleagueWaits.until(driver -> count(driver, "queue-awaiting-review") == awaitingBefore);
        screenshot("queues-changes-requested");

        // The bell lists who did what. One entry is marked read where it is; "mark all read" does the rest.
        RunAs.run("reviewer", () -> comments.add(claim[0].id(), null, "The minutes are on the council's site."));
        wait.until(driver -> unread(driver) == unreadBefore + 2);
        click(By.id("notifications"));
        By decision = By.xpath("//*[contains(@class, 'notification-entry') and contains(@class, 'unread')"
                + " and contains(., 'needs changes') and contains(., '" + REVIEWER + "')]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(decision));
        screenshot("bell-changes-requested");
        browser.findElement(decision).findElement(By.xpath("following-sibling::vaadin-button")).click();
        wait.until(driver -> unread(driver) == unreadBefore + 1);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(decision));
        assertThat(browser.findElements(By.xpath("//*[contains(@class, 'notification-entry')"
                + " and contains(., 'needs changes') and contains(., '" + REVIEWER + "')]")))
                .as("still listed, read now").hasSize(1);
        assertThat(currentPath()).as("marking read does not open the claim").isEqualTo("/review");
        click(By.id("notifications-mark-all-read"));
        wait.until(driver -> unread(driver) == 0);
        assertThat(browser.findElements(By.cssSelector(".notification-entry.unread"))).isEmpty();
    }

    @Test
    void aManagerAssignsTheArticleFromTheListAndItAppearsInTheAssigneesWork() throws Exception {
        UUID annotatorId = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'annotator'",
                UUID.class);
        RunAs.run("manager", () -> assignments.unassign(UUID.fromString(articleId), annotatorId, Duty.ANNOTATE));
        signInAs("manager");
        signInAs(colleague, "annotator");
        colleague.get("http://localhost:" + port + "/review");
        By assigned = By.cssSelector("#queue-assigned [data-article-id='" + articleId + "']");
        colleagueWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("queue-assigned")));
        assertThat(colleague.findElements(assigned)).isEmpty();

        click(By.cssSelector(".assign-article[data-article-id='" + articleId + "']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assign-member")));
        assertThat(currentPath()).as("the button does not open the article").isEqualTo("/articles");
        click(By.id("assign-member"));
        click(By.xpath("//vaadin-select-item[starts-with(normalize-space(.), '" + ANNOTATOR + "')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assign-duty"), "Annotate"));
        click(By.id("assign-confirm"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#assign-current .assign-row[data-user='annotator'][data-duty='ANNOTATE']")));
        screenshot("assign-dialog");

        colleagueWaits.until(ExpectedConditions.presenceOfElementLocated(assigned));
        assertThat(colleague.findElement(assigned).getText()).contains("Annotate");
    }

    @Test
    void twoPeopleOnOneArticleSeeEachOtherAndTheOneWhoLeavesDisappears() throws Exception {
        String articlePath = "/articles/" + articleId;
        signInAs("annotator");
        signInAs(colleague, "reviewer");
        open(articlePath);
        // Alone, once any browser a previous test quit without closing its page has gone stale.
        awaitPresent(browser, BROWSER_GONE, ANNOTATOR + " (you)");

        colleague.get("http://localhost:" + port + articlePath);

        awaitPresent(colleague, LIVE, REVIEWER + " (you)", ANNOTATOR);
        awaitPresent(browser, LIVE, ANNOTATOR + " (you)", REVIEWER);
        screenshot("presence-two-people");

        // The reviewer goes to his work: his avatar goes at once.
        colleague.findElement(By.cssSelector(".main-nav a[href='review']")).click();
        colleagueWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("queue-drafts")));
        awaitPresent(browser, LIVE, ANNOTATOR + " (you)");
    }

    @Test
    void aBrowserThatDiesWithTheArticleOpenDropsOutOfPresence() {
        String articlePath = "/articles/" + articleId;
        signInAs("annotator");
        signInAs(colleague, "manager");
        open(articlePath);
        colleague.get("http://localhost:" + port + articlePath);
        awaitPresent(browser, BROWSER_GONE, ANNOTATOR + " (you)", MANAGER);

        // The browser dies: no goodbye beacon, no more pings; the server still holds the manager's page open.
        ((JavascriptExecutor) colleague).executeScript("""
                navigator.sendBeacon = () => true;
                clearInterval(document.getElementById('presence').__presencePing);
                """);
        colleague.quit();

        awaitPresent(browser, BROWSER_GONE, ANNOTATOR + " (you)");
        colleague = HeadlessChromium.start(); // for @AfterEach
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

    private static void awaitPresent(WebDriver driver, Duration patience, String... names) {
        new WebDriverWait(driver, patience).withMessage(() -> "present: " + present(driver))
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
