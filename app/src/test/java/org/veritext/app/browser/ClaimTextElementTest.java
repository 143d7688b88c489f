package org.veritext.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser tests of the {@code <claim-text>} element (js/claim-text.js), run in headless Chromium
 * against a static harness page opened from {@code file://}: no server, no Vaadin build.
 *
 * <p>Expected offsets are derived here from the text with {@code indexOf}, and the expected
 * highlighting from a direct reference model (every character against every claim), so the tests
 * do not rely on the element's own bookkeeping.
 */
@RequiresChromium
class ClaimTextElementTest {

    private static final Path HARNESS = Path.of("src/test/resources/claim-text/claim-text-harness.html");

    /** Same rule as the element: a line end followed by one or more blank lines. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n(?:[^\\S\\n]*\\n)+");

    private static final String FIRST_LINE =
            "The minister said that growth was 3.2% in 2024, a decade high.";
    /** One character to a reader, eight UTF-16 code units: woman, girl, boy, joined by U+200D. */
    private static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
    /** The flag of Syria: two regional indicators, S and Y. */
    private static final String FLAG = "\uD83C\uDDF8\uD83C\uDDFE";
    private static final String ARABIC = "قال الوزير إن النمو بلغ ثلاثة في المئة هذا العام.";
    private static final String TEXT = FIRST_LINE + "\n"
            + "The figure 😀 came from the statistics office.\n\n"
            + "Opposition leaders disputed the number, citing one-off exports.\n\n\n"
            + ARABIC + "\n\n"
            + "The ministry later said the figure would be revised 😀 soon, for " + FAMILY + " families in "
            + FLAG + " and abroad.";

    private static final List<Claim> CLAIMS = List.of(
            claim("outer", FIRST_LINE),
            claim("inner", "growth was 3.2%"),
            claim("innermost", "3.2%"),
            claim("same-start-shorter", "growth"),
            claim("overlap", "in 2024, a decade high.\nThe figure 😀 came"),
            claim("cross-paragraph", "statistics office.\n\nOpposition leaders"),
            claim("twin-a", "disputed the number"),
            claim("twin-b", "disputed the number"),
            claim("rtl", "النمو بلغ"));

    private static WebDriver driver;
    private static JavascriptExecutor js;

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start();
        js = (JavascriptExecutor) driver;
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void openHarness() {
        driver.get(HARNESS.toAbsolutePath().toUri().toString());
        js.executeScript("""
                window.__events = [];
                window.__errors = [];
                window.__warnings = [];
                for (const type of ['claim-selection-change', 'claim-create', 'claim-click', 'mention-create',
                                    'annotation-click']) {
                    document.addEventListener(type, (e) => __events.push({type, detail: e.detail}));
                }
                window.addEventListener('error', (e) => __errors.push(String(e.message)));
                const warn = console.warn;
                console.warn = (...args) => { __warnings.push(String(args[0])); warn.apply(console, args); };
                """);
    }

    // ------------------------------------------------------------------ rendering

    @Test
    void rendersNestedAndOverlappingClaimsOverExactRanges() {
        render(TEXT, CLAIMS);

        List<Segment> segments = renderedSegments();
        assertThat(segments).as("rendered segments").isNotEmpty();
        for (Segment segment : segments) {
            for (int i = segment.start(); i < segment.end(); i++) {
                assertThat(segment.claimId())
                        .as("claim id of the segment holding character %d in %s", i, segment)
                        .isEqualTo(innermostClaimAt(i));
                assertThat(segment.depth())
                        .as("depth of the segment holding character %d in %s", i, segment)
                        .isEqualTo(depthAt(i));
            }
        }
        for (Claim claim : CLAIMS) {
            StringBuilder covered = new StringBuilder();
            for (Segment segment : segments) {
                if (segment.claimId() != null && segment.start() >= claim.start() && segment.end() <= claim.end()) {
                    covered.append(segment.text());
                }
            }
            // The blank lines between paragraphs are not rendered, so they are not highlighted either.
            String expected = PARAGRAPH_BREAK.matcher(TEXT.substring(claim.start(), claim.end())).replaceAll("");
            assertThat(covered.toString()).as("text highlighted for claim %s", claim.id()).isEqualTo(expected);
        }
        List<String> markIds = strings("return [...document.querySelectorAll('#article-text mark')]"
                + ".map(m => m.classList.contains('ct-ann') && m.classList.contains('ct-claim')"
                + " ? m.getAttribute('data-claim-id') : 'bad class')");
        assertThat(markIds).isNotEmpty().allSatisfy(id -> assertThat(id).isNotBlank().isNotEqualTo("bad class"));
        assertThat(markIds).contains("innermost", "same-start-shorter", "twin-b", "rtl", "cross-paragraph")
                .doesNotContain("twin-a"); // identical claims: the later one is innermost
    }

    @Test
    void rendersParagraphsAsSeparateBlocksWithAutomaticDirection() {
        render(TEXT, CLAIMS);

        List<Map<String, Object>> blocks = maps("""
                return [...document.getElementById('article-text').children].map(child => ({
                    tag: child.localName, className: child.className, dir: child.getAttribute('dir'),
                    text: child.textContent, direction: getComputedStyle(child).direction,
                    whiteSpace: getComputedStyle(child).whiteSpace, height: child.getBoundingClientRect().height}));
                """);
        List<int[]> expected = blockRanges(TEXT);
        List<Map<String, Object>> paragraphs = blocks.stream().filter(b -> "p".equals(b.get("tag"))).toList();
        assertThat(paragraphs).hasSize(4).hasSize(expected.size());
        assertThat(blocks.size() - paragraphs.size()).as("children other than paragraphs (the caret)").isEqualTo(1);
        for (int i = 0; i < paragraphs.size(); i++) {
            Map<String, Object> paragraph = paragraphs.get(i);
            assertThat(paragraph.get("className")).isEqualTo("ct-block");
            assertThat(paragraph.get("dir")).isEqualTo("auto");
            assertThat(paragraph.get("text")).isEqualTo(TEXT.substring(expected.get(i)[0], expected.get(i)[1]));
            assertThat(paragraph.get("whiteSpace")).isEqualTo("pre-wrap");
            assertThat(paragraph.get("direction")).as("direction of paragraph %d", i)
                    .isEqualTo(paragraph.get("text").equals(ARABIC) ? "rtl" : "ltr");
        }
        // The single "\n" inside the first paragraph breaks the line: two lines, not one.
        double lineHeight = number("return parseFloat(getComputedStyle(document.querySelector('#article-text p')).lineHeight)");
        assertThat(((Number) paragraphs.get(0).get("height")).doubleValue()).isGreaterThan(1.5 * lineHeight);
    }

    @Test
    void ignoresClaimsWithInvalidOffsets() {
        List<Object> claims = new ArrayList<>();
        claims.add(Map.of("id", "negative", "start", -1, "end", 5));
        claims.add(Map.of("id", "reversed", "start", 10, "end", 5));
        claims.add(Map.of("id", "empty", "start", 7, "end", 7));
        claims.add(Map.of("id", "too-long", "start", 0, "end", TEXT.length() + 1));
        claims.add(Map.of("id", "not-a-number", "start", "x", "end", 5));
        claims.add(Map.of("id", "fraction", "start", 1.5, "end", 5));
        claims.add(Map.of("start", 0, "end", 3)); // no id
        claims.add(null);
        claims.add(asMap(claim("innermost", "3.2%")));
        js.executeScript("const el = document.getElementById('article-text');"
                + "el.text = arguments[0]; el.claims = arguments[1];", TEXT, claims);

        assertThat(strings("return [...document.querySelectorAll('#article-text mark')].map(m => m.dataset.claimId)"))
                .containsExactly("innermost");
        assertThat(strings("return __errors")).isEmpty();
        assertThat(strings("return __warnings")).anySatisfy(w -> assertThat(w).contains("ignoring 8 annotation"));
        assertThat(js.executeScript("return document.getElementById('article-text').textContent")).isEqualTo(
                PARAGRAPH_BREAK.matcher(TEXT).replaceAll(""));
    }

    @Test
    void marksExactlyTheSelectedClaimsSegments() {
        render(TEXT, CLAIMS);
        for (Claim claim : CLAIMS) { // nested, overlapping, adjacent to other highlights, identical
            js.executeScript("document.getElementById('article-text').selectedClaimId = arguments[0]", claim.id());

            List<Segment> selected = renderedSegments().stream().filter(Segment::selected).toList();
            assertThat(selected).as("segments marked for %s", claim.id()).isNotEmpty().allSatisfy(segment -> {
                assertThat(segment.start()).isGreaterThanOrEqualTo(claim.start());
                assertThat(segment.end()).isLessThanOrEqualTo(claim.end());
            });
            assertThat(selected.stream().map(Segment::text).reduce("", String::concat))
                    .as("text marked for %s", claim.id())
                    .isEqualTo(PARAGRAPH_BREAK.matcher(TEXT.substring(claim.start(), claim.end())).replaceAll(""));
        }

        // Survives a re-render, and follows the property.
        js.executeScript("document.getElementById('article-text').selectedClaimId = 'overlap'");
        render(TEXT, CLAIMS);
        assertThat(renderedSegments().stream().filter(Segment::selected).map(Segment::text).reduce("", String::concat))
                .isEqualTo(TEXT.substring(find("overlap").start(), find("overlap").end()));
        js.executeScript("document.getElementById('article-text').selectedClaimId = null");
        assertThat(renderedSegments()).noneMatch(Segment::selected);
    }

    @Test
    void rendersPropertiesSetBeforeTheElementIsUpgraded() {
        // An element from a document without a custom element registry stays un-upgraded, like
        // one Vaadin creates before claim-text.js has run; it is upgraded when inserted here.
        Map<String, Object> result = mapResult("""
                const early = document.implementation.createHTMLDocument('').createElement('claim-text');
                early.selectedClaimId = 'x';
                early.claims = [{id: 'x', start: 4, end: 9}];
                early.text = 'The early text.';
                const upgradedBefore = early instanceof customElements.get('claim-text');
                document.body.append(early);
                return {upgradedBefore, upgradedAfter: early instanceof customElements.get('claim-text'),
                        shadowed: Object.hasOwn(early, 'text')};
                """);
        assertThat(result).containsEntry("upgradedBefore", false).containsEntry("upgradedAfter", true)
                .containsEntry("shadowed", false);
        assertThat(maps("""
                return [...document.querySelectorAll('body > claim-text:last-child mark')]
                    .map(m => ({text: m.textContent, selected: m.classList.contains('ct-selected')}));
                """)).containsExactly(Map.of("text", "early", "selected", true));
    }

    @Test
    void scrollToClaimScrollsItsFirstSegmentIntoViewAndFlashesIt() {
        String filler = "A paragraph that only takes up room on the page so the claim starts far below.\n\n";
        String text = filler.repeat(60) + "The target claim is down here, past the fold.";
        int start = text.indexOf("target claim");
        render(text, List.of(new Claim("far", start, start + "target claim".length())));
        assertThat(number("return document.querySelector('mark').getBoundingClientRect().top"))
                .isGreaterThan(number("return innerHeight"));

        js.executeScript("document.getElementById('article-text').scrollToClaim('far')");

        double top = number("return document.querySelector('mark').getBoundingClientRect().top");
        assertThat(top).isBetween(0.0, number("return innerHeight"));
        assertThat(strings("return [...document.querySelectorAll('mark.ct-flash')].map(m => m.textContent)"))
                .containsExactly("target claim");
        new WebDriverWait(driver, Duration.ofSeconds(3))
                .until(d -> strings("return [...document.querySelectorAll('mark.ct-flash')].map(m => 1)").isEmpty());
    }

    // ------------------------------------------------------------------ selection

    @Test
    void reportsSelectionAcrossHighlightParagraphBreakAndEmojiAsUtf16Offsets() {
        render(TEXT, CLAIMS);
        // From inside "minister" (before the nested claims) to just after the emoji of the last paragraph.
        int start = TEXT.indexOf("ister");
        int end = TEXT.lastIndexOf("😀") + 2;
        clearEvents();
        selectDom(start, end);

        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(detail(start, end));
        assertThat(TEXT.substring(start, end)).contains("\n\n\n", "3.2%", "😀"); // the case this test is about
    }

    @Test
    void widensSelectionThatSplitsASurrogatePair() {
        render(TEXT, CLAIMS);
        int emoji = TEXT.indexOf("😀");
        clearEvents();
        selectDom(emoji + 1, TEXT.indexOf(" from"));
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(detail(emoji, TEXT.indexOf(" from")));

        int lastEmoji = TEXT.lastIndexOf("😀");
        clearEvents();
        selectDom(TEXT.indexOf("revised"), lastEmoji + 1);
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(detail(TEXT.indexOf("revised"), lastEmoji + 2));
    }

    @Test
    void widensSelectionThatEndsInsideAJoinedEmojiToTheWholeCluster() {
        render(TEXT, CLAIMS);
        int start = TEXT.indexOf("for ");
        int family = TEXT.indexOf(FAMILY);
        for (int inside = family + 1; inside < family + FAMILY.length(); inside++) {
            freshSelection();
            selectDom(start, inside);
            assertThat(awaitLastEvent("claim-selection-change")).as("selection ending at %d", inside)
                    .isEqualTo(detail(start, family + FAMILY.length()));
        }
    }

    @Test
    void widensSelectionThatCutsAFlagToTheWholeFlag() {
        render(TEXT, CLAIMS);
        int flag = TEXT.indexOf(FLAG);
        int end = TEXT.indexOf(" and abroad");
        for (int inside = flag + 1; inside < flag + FLAG.length(); inside++) {
            freshSelection();
            selectDom(inside, end);
            assertThat(awaitLastEvent("claim-selection-change")).as("selection starting at %d", inside)
                    .isEqualTo(detail(flag, end));

            freshSelection();
            selectDom(TEXT.indexOf("families"), inside);
            assertThat(awaitLastEvent("claim-selection-change")).as("selection ending at %d", inside)
                    .isEqualTo(detail(TEXT.indexOf("families"), flag + FLAG.length()));
        }
    }

    @Test
    void trimsWhitespaceAtBothEndsOfSelection() {
        render(TEXT, CLAIMS);
        int said = TEXT.indexOf("said");
        clearEvents();
        selectDom(said - 1, said + "said that ".length());
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(detail(said, said + "said that".length()));

        // Only whitespace (the line end inside the first paragraph) is no selection at all.
        int lineEnd = FIRST_LINE.length();
        clearEvents();
        selectDom(lineEnd, lineEnd + 1);
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(Map.of("start", -1L, "end", -1L, "quote", ""));
    }

    @Test
    void mapsBoundaryPointsInElementsAndClampsSelectionsReachingOutside() {
        render(TEXT, CLAIMS);
        List<int[]> blocks = blockRanges(TEXT);

        // Container = paragraph / the element itself, with child indexes.
        clearEvents();
        js.executeScript("""
                const el = document.getElementById('article-text');
                getSelection().setBaseAndExtent(el.children[1], 0, el, 2);
                """);
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(detail(blocks.get(1)[0], blocks.get(1)[1]));

        // From the end of the first paragraph's last child to just after the second's first child.
        clearEvents();
        js.executeScript("""
                const el = document.getElementById('article-text');
                const first = el.children[0];
                getSelection().setBaseAndExtent(first, first.childNodes.length, el.children[1], 1);
                """);
        String firstChildText = string("return document.getElementById('article-text').children[1].firstChild.textContent");
        assertThat(awaitLastEvent("claim-selection-change"))
                .isEqualTo(detail(blocks.get(1)[0], blocks.get(1)[0] + firstChildText.strip().length()));

        // From the page's button, outside the element, into the first paragraph: clamped to the text.
        clearEvents();
        int end = TEXT.indexOf(" said");
        selectDomFromOutside(end);
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(detail(0, end));
    }

    @Test
    void doesNotReportTheSameSelectionTwice() throws InterruptedException {
        render(TEXT, CLAIMS);
        clearEvents();
        selectDom(4, 12);
        awaitLastEvent("claim-selection-change");
        js.executeScript("document.getElementById('article-text').dispatchEvent(new MouseEvent('mouseup'))");
        selectDom(4, 12); // a different DOM range, same offsets
        Thread.sleep(300);
        assertThat(events("claim-selection-change")).containsExactly(detail(4, 12));
    }

    @Test
    void keepsTheSelectionWhenTheCreateButtonIsClicked() throws InterruptedException {
        render(TEXT, CLAIMS);
        int start = TEXT.indexOf("growth");
        int end = TEXT.indexOf(" in 2024");
        clearEvents();
        selectDom(start, end);
        awaitLastEvent("claim-selection-change");

        driver.findElement(By.id("create-claim")).click(); // calls requestClaim(), as the view does
        assertThat(awaitLastEvent("claim-create")).isEqualTo(detail(start, end));

        // Even when the page selection has moved elsewhere, outside the element.
        clearEvents();
        js.executeScript("getSelection().collapse(document.body, 0)");
        Thread.sleep(300);
        js.executeScript("document.getElementById('article-text').requestClaim()");
        assertThat(awaitLastEvent("claim-create")).isEqualTo(detail(start, end));
        assertThat(events("claim-selection-change")).as("a selection outside is not reported").isEmpty();
    }

    @Test
    void keepsTheSelectionWhenOnlyClaimsChangeAndDropsItWhenTheTextChanges() throws InterruptedException {
        render(TEXT, CLAIMS);
        int start = TEXT.indexOf("Opposition");
        int end = TEXT.indexOf(", citing");
        clearEvents();
        selectDom(start, end);
        awaitLastEvent("claim-selection-change");

        render(TEXT, List.of(new Claim("new", start, end)));
        Thread.sleep(300);
        assertThat(events("claim-selection-change")).containsExactly(detail(start, end));
        assertThat(string("return getSelection().toString()")).isEqualTo(TEXT.substring(start, end));

        render("A different article.", List.of());
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(Map.of("start", -1L, "end", -1L, "quote", ""));
        clearEvents();
        js.executeScript("document.getElementById('article-text').requestClaim()");
        Thread.sleep(200);
        assertThat(events("claim-create")).isEmpty();
    }

    @Test
    void clearSelectionRemovesTheSelectionAndReportsItEmpty() {
        render(TEXT, CLAIMS);
        clearEvents();
        selectDom(0, 3);
        awaitLastEvent("claim-selection-change");
        clearEvents();

        js.executeScript("document.getElementById('article-text').clearSelection()");

        assertThat(events("claim-selection-change")).containsExactly(Map.of("start", -1L, "end", -1L, "quote", ""));
        assertThat(string("return getSelection().toString()")).isEmpty();
        js.executeScript("document.getElementById('article-text').requestClaim()");
        assertThat(events("claim-create")).isEmpty();
    }

    // ------------------------------------------------------------------ keyboard and mouse

    @Test
    void selectsWithTheKeyboardAndCreatesAClaimOnEnter() {
        render(TEXT, CLAIMS);
        focusArticle();
        clearEvents();

        new Actions(driver).keyDown(Keys.SHIFT)
                .sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
                .keyUp(Keys.SHIFT).perform();
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(detail(0, 3));

        // Ctrl+Shift+Right extends by a word; the space before it is trimmed off the ends.
        new Actions(driver).keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT)
                .keyUp(Keys.SHIFT).keyUp(Keys.CONTROL).perform();
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(detail(0, "The minister".length()));

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(awaitLastEvent("claim-create")).isEqualTo(detail(0, "The minister".length()));

        // Shift+End: to the end of the line, which ends at the "\n" inside the first paragraph.
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.END).keyUp(Keys.SHIFT).perform();
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(detail(0, FIRST_LINE.length()));

        // Shift+Down: a line further, into the second line.
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_DOWN).keyUp(Keys.SHIFT).perform();
        assertThat(((Number) awaitLastEvent("claim-selection-change").get("end")).intValue())
                .isGreaterThan(FIRST_LINE.length() + 1);

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(Map.of("start", -1L, "end", -1L, "quote", ""));
        clearEvents();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(events("claim-create")).as("Enter without a selection").isEmpty();
    }

    @Test
    void keyboardSelectionNeverLeavesTheElement() {
        render(TEXT, CLAIMS);
        js.executeScript("""
                const el = document.getElementById('article-text');
                el.insertAdjacentHTML('beforebegin', '<p>Page text before the article.</p>');
                el.insertAdjacentHTML('afterend', '<p>Page text after the article.</p>');
                """);
        focusArticle();
        clearEvents();

        // Up from the first line would move into the page text above.
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_UP).keyUp(Keys.SHIFT).perform();
        assertThat(string("return getSelection().toString()")).isEmpty();
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT).keyUp(Keys.SHIFT).perform();
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(detail(0, 1));

        // Ctrl+Shift+End: to the end of the article (not of the page); further down stays there.
        new Actions(driver).keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys(Keys.END).keyUp(Keys.CONTROL)
                .sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN).keyUp(Keys.SHIFT).perform();
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(detail(0, TEXT.length()));
        assertThat(js.executeScript("return document.getElementById('article-text').contains(getSelection().focusNode)"))
                .isEqualTo(true);
    }

    @Test
    void drawsACaretAtTheCollapsedSelectionWhileFocused() {
        render(TEXT, CLAIMS);
        focusArticle();

        new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform(); // first arrow: caret at the start
        Map<String, Object> atStart = caret();
        assertThat(atStart).containsEntry("visible", true).containsEntry("ariaHidden", "true")
                .containsEntry("userSelect", "none");
        assertThat(((Number) atStart.get("height")).doubleValue()).isGreaterThan(10);
        assertThat(((Number) atStart.get("x")).doubleValue())
                .isCloseTo(number("""
                        const r = document.createRange();
                        r.selectNodeContents(document.querySelector('#article-text mark'));
                        return r.getClientRects()[0].left;"""), within(3.0));

        new Actions(driver).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
        assertThat(((Number) caret().get("x")).doubleValue()).isGreaterThan(((Number) atStart.get("x")).doubleValue() + 10);

        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT).keyUp(Keys.SHIFT).perform();
        assertThat(caret()).as("hidden while text is selected").containsEntry("visible", false);
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        new WebDriverWait(driver, Duration.ofSeconds(2)).until(d -> Boolean.TRUE.equals(caret().get("visible")));
        js.executeScript("document.getElementById('article-text').blur()");
        new WebDriverWait(driver, Duration.ofSeconds(2)).until(d -> Boolean.FALSE.equals(caret().get("visible")));
    }

    @Test
    void clickOnAHighlightReportsTheInnermostClaim() {
        render(TEXT, CLAIMS);
        clearEvents();
        driver.findElement(By.cssSelector("mark[data-claim-id='innermost']")).click();
        assertThat(awaitLastEvent("claim-click")).isEqualTo(Map.of("id", "innermost"));

        clearEvents();
        driver.findElement(By.cssSelector("mark[data-claim-id='rtl']")).click();
        assertThat(awaitLastEvent("claim-click")).isEqualTo(Map.of("id", "rtl"));
    }

    @Test
    void clickEndingADragSelectionIsNotAClaimClick() throws InterruptedException {
        render(TEXT, CLAIMS);
        clearEvents();
        WebElement mark = driver.findElement(By.cssSelector("mark[data-claim-id='twin-b']"));
        int width = mark.getRect().getWidth();
        new Actions(driver).moveToElement(mark, -width / 2 + 2, 0).clickAndHold()
                .moveByOffset(width - 4, 0).release().perform();

        Map<String, Object> selection = awaitLastEvent("claim-selection-change");
        assertThat(((String) selection.get("quote"))).isNotBlank().isSubstringOf("disputed the number");
        Thread.sleep(200);
        assertThat(events("claim-click")).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    record Claim(String id, int start, int end) {
    }

    /** One rendered piece of text: a plain text node (claimId null, depth 0) or a highlight. */
    record Segment(int start, int end, String text, String claimId, int depth, boolean selected) {
    }

    private static Claim claim(String id, String quote) {
        int start = TEXT.indexOf(quote);
        assertThat(start).as("quote of %s in the test text", id).isNotNegative();
        return new Claim(id, start, start + quote.length());
    }

    private static Claim find(String id) {
        return CLAIMS.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, Object> asMap(Claim claim) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", claim.id());
        map.put("start", claim.start());
        map.put("end", claim.end());
        return map;
    }

    /** Sets claims, then text (the element must cope with either order). */
    private static void render(String text, List<Claim> claims) {
        js.executeScript("const el = document.getElementById('article-text');"
                + "el.claims = arguments[1]; el.text = arguments[0];",
                text, claims.stream().map(ClaimTextElementTest::asMap).toList());
        // The element renders in a microtask, which has run by the time the next script runs.
    }

    /** [start, end) of each paragraph, computed independently of the element. */
    private static List<int[]> blockRanges(String text) {
        List<int[]> blocks = new ArrayList<>();
        Matcher separator = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        while (separator.find()) {
            if (separator.start() > start) {
                blocks.add(new int[] {start, separator.start()});
            }
            start = separator.end();
        }
        if (start < text.length()) {
            blocks.add(new int[] {start, text.length()});
        }
        return blocks;
    }

    /** The rendered pieces of TEXT with their offsets, from paragraph offsets computed here. */
    @SuppressWarnings("unchecked")
    private static List<Segment> renderedSegments() {
        List<List<Map<String, Object>>> blocks = (List<List<Map<String, Object>>>) js.executeScript("""
                return [...document.querySelectorAll('#article-text > p')].map(p => [...p.childNodes].map(n =>
                    n.nodeType === Node.TEXT_NODE
                        ? {text: n.data, id: null, depth: 0, selected: false}
                        : {text: n.textContent, id: n.getAttribute('data-claim-id'),
                           depth: Number(n.getAttribute('data-depth')), selected: n.classList.contains('ct-selected'),
                           flat: n.localName === 'mark' && n.childNodes.length === 1
                                 && n.firstChild.nodeType === Node.TEXT_NODE}));
                """);
        List<int[]> ranges = blockRanges(TEXT);
        assertThat(blocks).hasSameSizeAs(ranges);
        List<Segment> segments = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            int position = ranges.get(b)[0];
            for (Map<String, Object> node : blocks.get(b)) {
                if (node.containsKey("flat")) {
                    assertThat(node.get("flat")).as("highlight %s is a flat <mark>", node).isEqualTo(true);
                }
                String text = (String) node.get("text");
                segments.add(new Segment(position, position + text.length(), text, (String) node.get("id"),
                        ((Number) node.get("depth")).intValue(), (Boolean) node.get("selected")));
                position += text.length();
            }
            assertThat(position).as("end of paragraph %d", b).isEqualTo(ranges.get(b)[1]);
        }
        return segments;
    }

    /** Reference model: the covering claim with the latest start, then the shortest, then the last given. */
    private static String innermostClaimAt(int index) {
        Claim innermost = null;
        for (Claim claim : CLAIMS) {
            if (claim.start() <= index && index < claim.end() && (innermost == null
                    || claim.start() > innermost.start()
                    || claim.start() == innermost.start() && claim.end() <= innermost.end())) {
                innermost = claim;
            }
        }
        return innermost == null ? null : innermost.id();
    }

    private static int depthAt(int index) {
        return (int) CLAIMS.stream().filter(c -> c.start() <= index && index < c.end()).count();
    }

    /**
     * Selects [start, end) of TEXT with the Selection API, on the rendered text nodes (found by
     * walking each paragraph, not through the element's own maps).
     */
    private static void selectDom(int start, int end) {
        js.executeScript(POINT_AT + """
                const [a, b] = [pointAt(arguments[0], arguments[1]), pointAt(arguments[2], arguments[3])];
                getSelection().setBaseAndExtent(a[0], a[1], b[0], b[1]);
                """, blockOf(start)[0], start - blockOf(start)[1], blockOf(end - 1)[0], end - blockOf(end - 1)[1]);
    }

    private static void selectDomFromOutside(int end) {
        js.executeScript(POINT_AT + """
                const b = pointAt(arguments[0], arguments[1]);
                getSelection().setBaseAndExtent(document.getElementById('create-claim'), 0, b[0], b[1]);
                """, blockOf(end - 1)[0], end - blockOf(end - 1)[1]);
    }

    /** JavaScript: the text node and offset at a character offset within paragraph number `block`. */
    private static final String POINT_AT = """
            function pointAt(block, offset) {
                const paragraph = document.querySelectorAll('#article-text > p')[block];
                const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(), seen = 0; node; seen += node.length, node = walker.nextNode()) {
                    if (offset <= seen + node.length) {
                        return [node, offset - seen];
                    }
                }
                throw new Error('offset ' + offset + ' is past paragraph ' + block);
            }
            """;

    /** {paragraph index, paragraph start} of the paragraph holding character `index` of TEXT. */
    private static int[] blockOf(int index) {
        List<int[]> ranges = blockRanges(TEXT);
        for (int b = 0; b < ranges.size(); b++) {
            if (index >= ranges.get(b)[0] && index < ranges.get(b)[1]) {
                return new int[] {b, ranges.get(b)[0]};
            }
        }
        throw new IllegalArgumentException("character " + index + " is between paragraphs");
    }

    private static void focusArticle() {
        js.executeScript("getSelection().removeAllRanges(); document.getElementById('article-text').focus()");
    }

    private static Map<String, Object> caret() {
        return mapResult("""
                const el = document.getElementById('article-text');
                const caret = el.querySelector('.ct-caret');
                const r = caret.getBoundingClientRect();
                return {visible: caret.classList.contains('ct-caret-visible'), x: r.left + r.width / 2,
                        height: r.height, ariaHidden: caret.getAttribute('aria-hidden'),
                        userSelect: getComputedStyle(caret).userSelect};
                """);
    }

    private static Map<String, Object> detail(int start, int end) {
        return Map.of("start", (long) start, "end", (long) end, "quote", TEXT.substring(start, end));
    }

    /** No selection, reported, and no events recorded: the next selection is reported even if it repeats one. */
    private static void freshSelection() {
        js.executeScript("document.getElementById('article-text').clearSelection()");
        clearEvents();
    }

    private static void clearEvents() {
        js.executeScript("__events.length = 0");
    }

    private static List<Map<String, Object>> events(String type) {
        return maps("return __events.filter(e => e.type === '" + type + "').map(e => e.detail)");
    }

    /** Waits (up to 3 s: selection changes are debounced) for an event, and returns the latest one's detail. */
    private static Map<String, Object> awaitLastEvent(String type) {
        new WebDriverWait(driver, Duration.ofSeconds(3)).withMessage("no " + type + " event")
                .until(d -> !events(type).isEmpty());
        List<Map<String, Object>> events = events(type);
        return events.getLast();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(String script) {
        return (List<Map<String, Object>>) js.executeScript(script);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapResult(String script) {
        return (Map<String, Object>) js.executeScript(script);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String script) {
        return (List<String>) js.executeScript(script);
    }

    private static String string(String script) {
        return (String) js.executeScript(script);
    }

    private static double number(String script) {
        return ((Number) js.executeScript(script)).doubleValue();
    }
}
