package org.veritext.app.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.veritext.app.browser.HeadlessChromium;
import org.veritext.app.browser.RequiresChromium;
import org.veritext.app.browser.SyntheticArticle;
import org.veritext.app.security.RunAs;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.text.TextNormaliser;
import org.veritext.app.testing.TestProjects;
import org.veritext.core.project.ProjectRole;
import org.veritext.core.user.AccountBootstrap;

/**
 * How long the article page takes to open, whole (server, network, Vaadin, {@code <claim-text>}, claim list), for
 * a 200 KB article with 1,000 overlapping claims against the same article without claims (the baseline), and how
 * long selecting and restating a claim takes on it. Not a test (the name does not end in "Test"); run it with
 *
 * <pre>./mvnw -pl app -am verify -Dtest=ArticlePageOpenBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints medians and asserts nothing about time.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class ArticlePageOpenBenchmark {

    private static final int CLAIMS = 1_000;
    private static final int RUNS = 7;
    private static final String USER = "benchmark";

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountBootstrap accounts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        Path dataDir = Path.of("target", "test-data", "bench-" + UUID.randomUUID()).toAbsolutePath();
        registry.add("veritext.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void printsHowLongTheArticlePageTakesWith1000Claims() {
        SyntheticArticle synthetic = SyntheticArticle.generate(200_000, CLAIMS);
        if (!TextNormaliser.normalise(synthetic.text()).equals(synthetic.text())) {
            throw new IllegalStateException("The synthetic article must already be normalised, or offsets shift");
        }
        UUID userId = accounts.createAccount(USER, "Benchmark", USER + "-password", false).getId();
        UUID project = TestProjects.join(jdbc, TestProjects.TEST_DESK, userId, ProjectRole.ANNOTATOR);
        UUID[] ids = new UUID[2];
        long[] createMillis = new long[1];
        RunAs.run(USER, () -> {
            ids[0] = articles.importArticle(project, NewArticle.of("Baseline", synthetic.text() + "\n\nBaseline copy.")).id();
            ids[1] = articles.importArticle(project, NewArticle.of("With claims", synthetic.text())).id();
            long started = System.nanoTime();
            for (int[] range : synthetic.claimRanges()) {
                claims.create(ids[1], new TextSelection(range[0], range[1],
                        synthetic.text().substring(range[0], range[1])), "");
            }
            createMillis[0] = (System.nanoTime() - started) / 1_000_000;
        });

        signIn();
        List<Double> baseline = new ArrayList<>();
        List<Double> withClaims = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) { // run 0 warms up
            double plain = open(ids[0], 0);
            double full = open(ids[1], CLAIMS);
            if (run > 0) {
                baseline.add(plain);
                withClaims.add(full);
            }
        }
        List<Double> select = new ArrayList<>();
        List<Double> restate = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            select.add(selectClaimInList(run + 1));
            restate.add(restateSelected("Benchmark restatement " + run));
        }

        System.out.printf("%nArticle page benchmark: %,d characters, %,d claims, median of %d runs, %d CPUs%n",
                synthetic.text().length(), CLAIMS, RUNS, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-62s %10s%n", "", "ms");
        System.out.printf("%-62s %10.0f%n", "open the article page, no claims (baseline)", median(baseline));
        System.out.printf("%-62s %10.0f%n", "open the article page, 1,000 claims: highlights and list shown",
                median(withClaims));
        System.out.printf("%-62s %10.0f%n", "select a claim in the list (highlight marked, editor shown)",
                median(select));
        System.out.printf("%-62s %10.0f%n", "save a restatement (its row redrawn)", median(restate));
        System.out.printf("%-62s %10.1f%n", "create one claim through the service (mean over 1,000)",
                createMillis[0] / (double) CLAIMS);
        System.out.println();
    }

    /** Milliseconds from asking for the page until its text, highlights and claim list are all there. */
    private double open(UUID articleId, int expectedClaims) {
        long started = System.nanoTime();
        browser.get("http://localhost:" + port + "/articles/" + articleId);
        waitFor(driver -> (Boolean) js("""
                const text = document.getElementById('article-text');
                const count = document.querySelector('.claim-count');
                const rows = document.querySelectorAll('#claim-list [data-claim-id]').length;
                return !!text && text.querySelector('p') !== null && !!count
                    && count.textContent === '(' + arguments[0] + ')'
                    && (arguments[0] === 0 ? document.querySelector('.claim-list-empty') !== null
                        : rows > 0 && text.querySelector('mark') !== null);
                """, expectedClaims));
        return (System.nanoTime() - started) / 1e6;
    }

    /** Clicks the {@code index}-th row in view and waits until the claim is marked in the list and the text. */
    private double selectClaimInList(int index) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#claim-list [data-claim-id]"));
        String claimId = rows.get(index % rows.size()).getAttribute("data-claim-id");
        long started = System.nanoTime();
        js("document.querySelector('#claim-list [data-claim-id=\"' + arguments[0] + '\"]').click()", claimId);
        waitFor(driver -> (Boolean) js("""
                const row = document.querySelector('#claim-list [data-claim-id="' + arguments[0] + '"]');
                return !!row && row.getAttribute('aria-current') === 'true'
                    && document.querySelector('#article-text mark.ct-selected') !== null
                    && document.querySelector('#claim-editor') !== null;
                """, claimId));
        return (System.nanoTime() - started) / 1e6;
    }

    private double restateSelected(String restatement) {
        WebElement field = browser.findElement(By.cssSelector("#claim-restatement textarea"));
        field.clear();
        field.sendKeys(restatement);
        long started = System.nanoTime();
        browser.findElement(By.id("claim-save")).click();
        waitFor(driver -> (Boolean) js("""
                return [...document.querySelectorAll('#claim-list .claim-restatement')]
                    .some(span => span.textContent === arguments[0]);
                """, restatement));
        return (System.nanoTime() - started) / 1e6;
    }

    private void signIn() {
        browser.get("http://localhost:" + port + "/login");
        WebElement name = new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name=username]")));
        name.sendKeys(USER);
        browser.findElement(By.cssSelector("vaadin-login-form input[name=password]"))
                .sendKeys(USER + "-password", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.id("import-article")));
    }

    private static void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(10)).until(condition::apply);
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
