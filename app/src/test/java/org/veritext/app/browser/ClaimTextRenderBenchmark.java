package org.veritext.app.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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

    private static final String[] WORDS = ("the government said minister growth economy percent report official "
            + "figures data according to analysts year increase decline budget spending tax inflation rate "
            + "national bank unemployment claimed statement evidence survey million billion since last quarter "
            + "opposition party election voters health schools police crime record highest lowest than more "
            + "less people new rules public services was were is are has have been will would could however")
            .split(" ");
    private static final String[] ARABIC_WORDS = ("قال الوزير إن النمو الاقتصادي بلغ في المئة هذا العام "
            + "وفقا للبيانات الرسمية الصادرة عن البنك المركزي والحكومة").split(" ");
    private static final String[] EMOJI = {"😀", "📈", "🇬🇧", "👍🏽", "🔥"};

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
        Random random = new Random(20_240_601L); // fixed seed: the same article and claims every run
        List<int[]> sentences = new ArrayList<>();
        String text = article(random, sentences);
        List<Map<String, Object>> claims = claims(random, text, sentences);
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
                return {baseline: summary(baseline), claims: summary(withClaims), update: summary(update),
                        scroll: summary(scroll), marks: el.querySelectorAll('mark').length};
            }

            measure().then(done, (error) => done({error: String(error)}));
            """;

    /**
     * Paragraphs of 2 to 7 sentences, some sentences with emoji, some paragraphs with a single line
     * break, every 25th paragraph in Arabic. Records each sentence's [start, end) for claims.
     */
    private static String article(Random random, List<int[]> sentences) {
        StringBuilder text = new StringBuilder(TARGET_LENGTH + 1_000);
        for (int paragraph = 0; text.length() < TARGET_LENGTH; paragraph++) {
            if (paragraph > 0) {
                text.append(random.nextInt(10) == 0 ? "\n\n\n" : "\n\n");
            }
            boolean arabic = paragraph % 25 == 12;
            int count = 2 + random.nextInt(6);
            for (int s = 0; s < count; s++) {
                if (s > 0) {
                    text.append(random.nextInt(8) == 0 ? "\n" : " ");
                }
                int start = text.length();
                text.append(sentence(random, arabic ? ARABIC_WORDS : WORDS));
                sentences.add(new int[] {start, text.length()});
            }
        }
        return text.toString();
    }

    private static String sentence(Random random, String[] words) {
        StringBuilder sentence = new StringBuilder();
        int count = 8 + random.nextInt(18);
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                sentence.append(' ');
            }
            String word = words[random.nextInt(words.length)];
            sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            if (random.nextInt(40) == 0) {
                sentence.append(' ').append(EMOJI[random.nextInt(EMOJI.length)]);
            }
        }
        return sentence.append('.').toString();
    }

    /** Sentence claims (some spanning paragraphs), claims nested in them, and claims overlapping them. */
    private static List<Map<String, Object>> claims(Random random, String text, List<int[]> sentences) {
        List<int[]> ranges = new ArrayList<>();
        while (ranges.size() < CLAIM_COUNT) {
            int kind = random.nextInt(10);
            if (kind < 5 || ranges.isEmpty()) { // one to three whole sentences
                int first = random.nextInt(sentences.size() - 3);
                ranges.add(new int[] {sentences.get(first)[0], sentences.get(first + random.nextInt(3))[1]});
            } else {
                int[] other = ranges.get(random.nextInt(ranges.size()));
                int length = other[1] - other[0];
                int start = other[0] + random.nextInt(Math.max(1, length / 2));
                int end = kind < 8
                        ? start + 1 + random.nextInt(Math.max(1, other[1] - start - 1)) // nested
                        : Math.min(text.length(), other[1] + 1 + random.nextInt(200)); // overlapping
                start = wholeCodePoint(text, start);
                end = wholeCodePoint(text, end);
                if (start < end) {
                    ranges.add(new int[] {start, end});
                }
            }
        }
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int[] range : ranges) {
            Map<String, Object> claim = new LinkedHashMap<>();
            claim.put("id", "claim-" + claims.size());
            claim.put("start", range[0]);
            claim.put("end", range[1]);
            claims.add(claim);
        }
        return claims;
    }

    private static int wholeCodePoint(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1)) ? offset - 1 : offset;
    }
}
