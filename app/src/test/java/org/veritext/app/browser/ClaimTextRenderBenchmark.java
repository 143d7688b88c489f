package org.veritext.app.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Measures how fast {@code <claim-text>} renders a large article with many claims. Not a test: the
 * name does not end in "Test", so the normal build skips it. Run it explicitly:
 *
 * <pre>./mvnw -pl app -am test -Dtest=ClaimTextRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <p>It prints a table and asserts nothing: timings depend on the machine, and a speed assertion
 * would only make the build flaky. All times are measured inside the page with
 * {@code performance.now()}: "render" is the element's own {@code lastRenderMillis} (building and
 * swapping the DOM); "to next frame" runs from setting the properties until after the following
 * animation frame, so it includes style, layout and paint.
 */
@RequiresChromium
class ClaimTextRenderBenchmark {

    private static final Path HARNESS = Path.of("src/test/resources/claim-text/claim-text-harness.html");
    private static final int TARGET_LENGTH = 200_000;
    private static final int CLAIM_COUNT = 1_000;
    private static final int RUNS = 9;

    private static WebDriver driver;
    private static JavascriptExecutor js;

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start();
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
        js = (JavascriptExecutor) driver;
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void printsRenderTimesForA200KbArticleWith1000Claims() {
        SyntheticArticle article = SyntheticArticle.generate(TARGET_LENGTH, CLAIM_COUNT);
        String text = article.text();
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int[] range : article.claimRanges()) {
            claims.add(Map.of("id", "claim-" + claims.size(), "start", range[0], "end", range[1]));
        }
        driver.get(HARNESS.toAbsolutePath().toUri().toString());

        @SuppressWarnings("unchecked")
        Map<String, Object> figures = (Map<String, Object>) js.executeAsyncScript(MEASURE, text, claims, RUNS);

        System.out.printf("%n<claim-text> render benchmark: %,d characters, %d paragraphs, %,d claims (%s highlight "
                        + "elements), median of %d runs, %d CPUs%n",
                text.length(), text.split("\\n\\n+").length, claims.size(), figures.get("marks"), RUNS,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-50s %12s %18s%n", "", "render (ms)", "to next frame (ms)");
        row("plain text, no claims (baseline)", figures.get("baseline"));
        row("with " + claims.size() + " claims", figures.get("claims"));
        row("claims changed, same text (one claim added)", figures.get("update"));
        row("select + scrollToClaim (the calls, not a render)", figures.get("scroll"));
        row("as annotations: verdicts, every 4th a mention", figures.get("mixed"));
        row("upsertAnnotations: one claim added", figures.get("upsert"));
        row("removeAnnotations: that claim removed", figures.get("remove"));
        System.out.println();
    }

    private static void row(String label, Object figure) {
        @SuppressWarnings("unchecked")
        Map<String, Object> times = (Map<String, Object>) figure;
        System.out.printf("%-50s %12.1f %18.1f%n", label,
                ((Number) times.get("render")).doubleValue(), ((Number) times.get("frame")).doubleValue());
    }

    /** Runs in the page; calls back with the medians. */
    private static final String MEASURE = """
            const [text, claims, runs, done] = arguments;
            const el = document.getElementById('article-text');
            const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
            const summary = (samples) => ({render: median(samples.map((s) => s.render)),
                                           frame: median(samples.map((s) => s.frame))});

            async function fullRender(withClaims) {
                el.text = '';
                el.claims = [];
                await nextFrame();
                const started = performance.now();
                el.claims = withClaims ? claims : [];
                el.text = text;
                await Promise.resolve(); // the element renders in a microtask queued by the setters
                const render = el.lastRenderMillis;
                await nextFrame();
                return {render, frame: performance.now() - started};
            }

            const verdicts = ['TRUE', 'MOSTLY_TRUE', 'MIXED', 'MISLEADING', 'MOSTLY_FALSE', 'FALSE', 'UNVERIFIABLE',
                              'NOT_YET_RATED'];
            const annotations = claims.map((claim, i) => i % 4 === 3
                ? {...claim, kind: 'mention', label: 'Actor ' + i}
                : {...claim, kind: 'claim', verdict: verdicts[i % verdicts.length], label: verdicts[i % verdicts.length]});

            async function annotationsRender() {
                el.text = '';
                el.annotations = [];
                await nextFrame();
                const started = performance.now();
                el.annotations = annotations;
                el.text = text;
                await Promise.resolve();
                const render = el.lastRenderMillis;
                await nextFrame();
                return {render, frame: performance.now() - started};
            }

            /** Times a call that changes the highlights in place: the element's own figure, and to the next frame. */
            async function timed(call) {
                const started = performance.now();
                call();
                const render = el.lastRenderMillis;
                await nextFrame();
                return {render, frame: performance.now() - started};
            }

            async function measure() {
                await fullRender(true); // warm-up
                const baseline = [];
                const withClaims = [];
                for (let i = 0; i < runs; i++) {
                    baseline.push(await fullRender(false));
                    withClaims.push(await fullRender(true));
                }
                const update = [];
                for (let i = 0; i < runs; i++) {
                    const started = performance.now();
                    el.claims = claims.concat([{id: 'added-' + i, start: 100 + i, end: 300 + i}]);
                    await Promise.resolve();
                    const render = el.lastRenderMillis;
                    await nextFrame();
                    update.push({render, frame: performance.now() - started});
                }
                const scroll = [];
                for (let i = 0; i < runs; i++) {
                    const id = claims[(i * 97) % claims.length].id;
                    const started = performance.now();
                    el.selectedClaimId = id;
                    el.scrollToClaim(id);
                    const render = performance.now() - started;
                    await nextFrame();
                    scroll.push({render, frame: performance.now() - started});
                }
                const mixed = [];
                for (let i = 0; i < runs; i++) {
                    mixed.push(await annotationsRender());
                }
                const upsert = [];
                const remove = [];
                for (let i = 0; i < runs; i++) {
                    const start = Math.floor(text.length * (i + 1) / (runs + 2));
                    upsert.push(await timed(() => el.upsertAnnotations(
                        [{id: 'upserted-' + i, kind: 'claim', start, end: start + 150, verdict: 'FALSE'}])));
                    remove.push(await timed(() => el.removeAnnotations(['upserted-' + i])));
                }
                return {baseline: summary(baseline), claims: summary(withClaims), update: summary(update),
                        scroll: summary(scroll), mixed: summary(mixed), upsert: summary(upsert),
                        remove: summary(remove), marks: el.querySelectorAll('mark').length};
            }

            measure().then(done, (error) => done({error: String(error)}));
            """;
}
