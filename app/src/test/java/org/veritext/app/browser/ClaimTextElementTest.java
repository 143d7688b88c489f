package org.veritext.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Lines under highlights, as claim-text.css draws them: room below the text, lane pitch, line width (px). */
    private static final double LANE_ROOM = 9;
    private static final double LANE_PITCH = 3;
    private static final double LINE = 2;

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
    /** Screenshot pixels per CSS pixel, from the last screenshot. */
    private static double pixelRatio = 1;

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
    void doesNotReportTheSameSelectionTwice() {
        render(TEXT, CLAIMS);
        clearEvents();
        selectDom(4, 12);
        awaitLastEvent("claim-selection-change");
        js.executeScript("document.getElementById('article-text').dispatchEvent(new MouseEvent('mouseup'))");
        selectDom(4, 12); // a different DOM range, same offsets
        awaitSettled();
        assertThat(events("claim-selection-change")).containsExactly(detail(4, 12));
    }

    @Test
    void keepsTheSelectionWhenTheCreateButtonIsClicked() {
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
        awaitSettled();
        js.executeScript("document.getElementById('article-text').requestClaim()");
        assertThat(awaitLastEvent("claim-create")).isEqualTo(detail(start, end));
        assertThat(events("claim-selection-change")).as("a selection outside is not reported").isEmpty();
    }

    @Test
    void keepsTheSelectionWhenOnlyClaimsChangeAndDropsItWhenTheTextChanges() {
        render(TEXT, CLAIMS);
        int start = TEXT.indexOf("Opposition");
        int end = TEXT.indexOf(", citing");
        clearEvents();
        selectDom(start, end);
        awaitLastEvent("claim-selection-change");

        render(TEXT, List.of(new Claim("new", start, end)));
        awaitSettled();
        assertThat(events("claim-selection-change")).containsExactly(detail(start, end));
        assertThat(string("return getSelection().toString()")).isEqualTo(TEXT.substring(start, end));

        render("A different article.", List.of());
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(Map.of("start", -1L, "end", -1L, "quote", ""));
        clearEvents();
        js.executeScript("document.getElementById('article-text').requestClaim()");
        awaitSettled();
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
    void clickEndingADragSelectionIsNotAClaimClick() {
        render(TEXT, CLAIMS);
        clearEvents();
        WebElement mark = driver.findElement(By.cssSelector("mark[data-claim-id='twin-b']"));
        int width = mark.getRect().getWidth();
        new Actions(driver).moveToElement(mark, -width / 2 + 2, 0).clickAndHold()
                .moveByOffset(width - 4, 0).release().perform();

        Map<String, Object> selection = awaitLastEvent("claim-selection-change");
        assertThat(((String) selection.get("quote"))).isNotBlank().isSubstringOf("disputed the number");
        awaitSettled();
        assertThat(events("claim-click")).isEmpty();
    }

    // ------------------------------------------------------------------ annotations of two kinds

    /** Claims and mentions over TEXT: nested, overlapping, across paragraphs, identical, right to left. */
    private static final List<Annotation> ANNOTATIONS = List.of(
            annotation("outer", "claim", FIRST_LINE, "MISLEADING", "Misleading"),
            annotation("minister", "mention", "minister", null, "Finance minister"),
            annotation("inner", "claim", "growth was 3.2%", "FALSE", "False"),
            annotation("overlap", "claim", "in 2024, a decade high.\nThe figure 😀 came", "MIXED", null),
            annotation("across", "claim", "statistics office.\n\nOpposition leaders", "TRUE", null),
            annotation("office", "mention", "statistics office", null, "Statistics office"),
            annotation("leaders", "mention", "Opposition leaders", null, "Opposition"),
            annotation("twin-a", "claim", "disputed the number", null, null),
            annotation("twin-b", "claim", "disputed the number", "UNVERIFIABLE", null),
            annotation("rtl", "claim", "النمو بلغ", "MOSTLY_FALSE", null),
            annotation("ministry", "mention", "ministry", null, "Ministry of Finance"));

    /** Three annotations over "3.2%" (a claim, a claim overlapping it, a mention), and two identical claims. */
    private static final List<Annotation> OVERLAPPING = List.of(
            annotation("a", "claim", "growth was 3.2% in 2024", "TRUE", null),
            annotation("b", "claim", "3.2% in 2024, a decade high", "FALSE", null),
            annotation("m", "mention", "3.2%", null, "Growth figure"),
            annotation("twin-a", "claim", "disputed the number", null, null),
            annotation("twin-b", "claim", "disputed the number", null, null));

    @Test
    void rendersMentionsWithTheirOwnIdAttributeAndClassBesideClaims() {
        annotate(TEXT, ANNOTATIONS);

        for (Segment segment : renderedSegments()) {
            for (int i = segment.start(); i < segment.end(); i++) {
                int index = i;
                Annotation innermost = innermostAt(ANNOTATIONS, index);
                assertThat(segment.ownerId()).as("owner of character %d in %s", index, segment)
                        .isEqualTo(innermost == null ? null : innermost.id());
                assertThat(segment.depth()).as("depth at character %d in %s", index, segment)
                        .isEqualTo((int) ANNOTATIONS.stream().filter(a -> a.covers(index)).count());
            }
        }
        List<Map<String, Object>> marks = maps("""
                return [...document.querySelectorAll('#article-text mark')].map(m => ({
                    classes: [...m.classList].sort().join(' '), claimId: m.getAttribute('data-claim-id'),
                    mentionId: m.getAttribute('data-mention-id'), text: m.textContent}));
                """);
        for (Annotation mention : ANNOTATIONS.stream().filter(a -> a.kind().equals("mention")).toList()) {
            List<Map<String, Object>> own = marks.stream().filter(m -> mention.id().equals(m.get("mentionId"))).toList();
            assertThat(own).as("segments of mention %s", mention.id()).isNotEmpty().allSatisfy(m -> {
                assertThat(m.get("classes")).isEqualTo("ct-ann ct-mention vt-kind-mention");
                assertThat(m.get("claimId")).isNull();
            });
            assertThat(own.stream().map(m -> (String) m.get("text")).reduce("", String::concat))
                    .isEqualTo(TEXT.substring(mention.start(), mention.end()));
        }
        assertThat(marks).filteredOn(m -> m.get("claimId") != null).isNotEmpty().allSatisfy(m -> {
            assertThat((String) m.get("classes")).matches("ct-ann ct-claim vt-verdict-[A-Z_]+");
            assertThat(m.get("mentionId")).isNull();
        });
        // The mention inside a claim: depth counts both kinds, the claim depth only claims.
        assertThat(mapResult("""
                const m = document.querySelector('#article-text mark[data-mention-id="minister"]');
                return {depth: m.dataset.depth, claimDepth: m.dataset.claimDepth, title: m.title};
                """)).containsEntry("depth", "2").containsEntry("claimDepth", "1")
                .containsEntry("title", "Mention: Finance minister\nClaim: Misleading");
    }

    @Test
    void drawsEveryAnnotationAsItsOwnLineInItsLaneUnderEachOfItsSegments() {
        annotate(TEXT, ANNOTATIONS);
        Map<String, Integer> lanes = lanes(ANNOTATIONS);
        assertThat(lanes).as("the test needs nesting and overlap on more than one lane").containsValue(1);
        BufferedImage image = screenshot("annotations");

        for (Annotation annotation : ANNOTATIONS) {
            int[] color = rgb(colorOf(annotation));
            int lane = lanes.get(annotation.id());
            List<Map<String, Object>> boxes = segmentBoxes(annotation.start(), annotation.end());
            assertThat(boxes).as("segments of %s", annotation.id()).isNotEmpty();
            for (Map<String, Object> box : boxes) {
                double left = num(box, "left") + 1;
                double right = num(box, "right") - 1;
                double laneTop = num(box, "bottom") - LANE_ROOM + lane * LANE_PITCH;
                int best = Integer.MAX_VALUE;
                for (double x = left; x <= right; x += Math.max(1, (right - left) / 12)) {
                    best = Math.min(best, nearest(image, x, laneTop - 1, laneTop + LINE + 1, color));
                }
                assertThat(best).as("line of %s (lane %d) under its segment %s", annotation.id(), lane, box.get("text"))
                        .isLessThanOrEqualTo(12);
            }
        }

        // Selected, an annotation's line turns thick and dark in its own lane, whichever lane that is.
        int[] selectedLine = rgb("var(--vt-selected-line)");
        for (String id : List.of("outer", "inner", "leaders")) {
            Annotation annotation = annotationNamed(id);
            js.executeScript("document.getElementById('article-text').selectedId = arguments[0]", id);
            BufferedImage selected = screenshot("selected-" + id);
            double laneTop = num(segmentBoxes(annotation.start(), annotation.end()).getFirst(), "bottom") - LANE_ROOM
                    + lanes.get(id) * LANE_PITCH;
            double x = num(segmentBoxes(annotation.start(), annotation.end()).getFirst(), "left") + 1;
            assertThat(nearest(selected, x, laneTop - 1, laneTop + LINE + 1, selectedLine))
                    .as("selected line of %s in lane %d", id, lanes.get(id)).isLessThanOrEqualTo(12);
        }
    }

    @Test
    void aClaimNestedInTheSelectedClaimStaysVisibleWholeAndClickable() {
        // Same verdict for both: only the nesting tells them apart.
        List<Annotation> nested = List.of(annotation("outer", "claim", FIRST_LINE, null, null),
                annotation("inner", "claim", "growth was", null, null));
        annotate(TEXT, nested);
        int lastLetter = TEXT.indexOf("growth was") + "growth was".length() - 1;
        Map<String, Object> letter = characterBox(lastLetter);
        int inkUnselected = ink(screenshot(null), letter);

        js.executeScript("document.getElementById('article-text').selectedId = 'outer'");
        BufferedImage selected = screenshot("nested-in-selected");

        assertThat(ink(selected, letter)).as("ink of the nested claim's last letter, outer claim selected")
                .isCloseTo(inkUnselected, within(Math.max(3, inkUnselected / 10)));
        assertThat(string("""
                const box = arguments[0];
                const hit = document.elementFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2);
                return hit.closest('mark').getAttribute('data-claim-id');
                """, letter)).as("the highlight under the last letter").isEqualTo("inner");
        Map<String, Object> innerBox = segmentBoxes(TEXT.indexOf("growth"), lastLetter + 1).getFirst();
        Map<String, Object> outerBox = segmentBoxes(0, TEXT.indexOf("growth")).getFirst(); // "The minister said that"
        assertThat(distance(pixel(selected, num(innerBox, "left") + 2, num(innerBox, "top") + 1),
                pixel(selected, num(outerBox, "left") + 2, num(outerBox, "top") + 1)))
                .as("fill of the nested claim against the selected claim's own fill").isGreaterThan(30);
        assertHighlightsPaintNothingOutsideTheirBoxes("outer claim selected");

        // While the selected claim flashes (animation held in the middle) the letter is still whole.
        js.executeScript("""
                document.getElementById('article-text').scrollToAnnotation('outer');
                document.getAnimations().forEach(a => { a.pause(); a.currentTime = 200; });
                """);
        assertThat(strings("return [...document.querySelectorAll('mark.ct-flash')].map(m => m.dataset.claimId)"))
                .contains("outer", "inner");
        Map<String, Object> flashedLetter = characterBox(lastLetter);
        assertThat(ink(screenshot("nested-in-flashing"), flashedLetter)).as("ink of the last letter during the flash")
                .isCloseTo(inkUnselected, within(Math.max(3, inkUnselected / 10)));
        assertHighlightsPaintNothingOutsideTheirBoxes("outer claim flashing");
        js.executeScript("document.getAnimations().forEach(a => a.finish())");

        // A click on the last letter reaches the nested claim; a second click the selected one around it.
        clearEvents();
        clickAt(flashedLetter, 0);
        assertThat(awaitLastEvent("annotation-click")).isEqualTo(Map.of("id", "inner", "kind", "claim"));
        assertThat(awaitLastEvent("claim-click")).isEqualTo(Map.of("id", "inner"));
        clickAt(flashedLetter, -(int) Math.round(num(flashedLetter, "right") - num(flashedLetter, "left")) - 6);
        assertThat(events("annotation-click")).extracting(e -> e.get("id")).containsExactly("inner", "outer");

        // The ring of keyboard choice is drawn inside the boxes too.
        focusArticle();
        new Actions(driver).sendKeys("]").perform();
        assertThat(strings("return [...document.querySelectorAll('mark.ct-current')].map(m => m.textContent)"))
                .isNotEmpty();
        assertHighlightsPaintNothingOutsideTheirBoxes("an annotation ringed");
    }

    @Test
    void repeatedClicksReachEveryAnnotationOnASpotInnermostFirst() {
        annotate(TEXT, OVERLAPPING);
        clearEvents();

        // Clicks a few pixels apart, so the browser does not take them for a double click.
        WebElement spot = driver.findElement(By.cssSelector("mark[data-mention-id='m']"));
        for (int dx : new int[] {-9, -3, 3, 9}) {
            new Actions(driver).moveToElement(spot, dx, 0).click().perform();
        }
        assertThat(events("annotation-click")).containsExactly(Map.of("id", "m", "kind", "mention"),
                Map.of("id", "b", "kind", "claim"), Map.of("id", "a", "kind", "claim"),
                Map.of("id", "m", "kind", "mention"));
        assertThat(events("claim-click")).as("claim-click is for claims only")
                .containsExactly(Map.of("id", "b"), Map.of("id", "a"));

        clearEvents();
        WebElement twins = driver.findElement(By.cssSelector("mark[data-claim-id='twin-b']"));
        new Actions(driver).moveToElement(twins, -20, 0).click().perform();
        new Actions(driver).moveToElement(twins, 20, 0).click().perform();
        assertThat(events("annotation-click")).extracting(e -> e.get("id")).containsExactly("twin-b", "twin-a");
    }

    @Test
    void bracketKeysRingEveryAnnotationInTextOrderAndEnterChoosesTheRingedOne() {
        annotate(TEXT, OVERLAPPING);
        focusArticle();
        clearEvents();

        List<String> ringed = new ArrayList<>();
        for (int i = 0; i < OVERLAPPING.size() + 1; i++) {
            new Actions(driver).sendKeys("]").perform();
            ringed.add(ringedText());
        }
        assertThat(ringed).containsExactly(quote("a"), quote("b"), quote("m"), quote("twin-a"), quote("twin-b"),
                quote("a"));
        new Actions(driver).sendKeys("[").perform();
        assertThat(ringedText()).as("back, round the start").isEqualTo(quote("twin-b"));
        new Actions(driver).sendKeys("[", "[").perform();
        assertThat(ringedText()).isEqualTo(quote("m"));
        screenshot("keyboard-ring");

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(events("annotation-click")).containsExactly(Map.of("id", "m", "kind", "mention"));
        assertThat(events("claim-click")).isEmpty();
        assertThat(events("claim-create")).as("Enter chose the ringed mention").isEmpty();

        // The caret went to the ringed annotation's start: Shift+Right selects its first character.
        int start = TEXT.indexOf("3.2%");
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT).keyUp(Keys.SHIFT).perform();
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(detail(start, start + 1));
        assertThat(ringedText()).as("moving the caret takes the ring away").isEmpty();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(awaitLastEvent("claim-create")).as("with text selected, Enter creates a claim")
                .isEqualTo(detail(start, start + 1));
        assertThat(events("annotation-click")).hasSize(1);
    }

    @Test
    void upsertAndRemoveLayOutOnlyTheParagraphsTheyTouchAndKeepTheUsersSelection() {
        annotate(TEXT, ANNOTATIONS);
        rememberParagraphs();
        // The user has selected words in the Arabic paragraph, which nothing below touches.
        int selected = TEXT.indexOf("بلغ ثلاثة");
        selectDom(selected, selected + "بلغ ثلاثة".length());
        awaitLastEvent("claim-selection-change");
        js.executeScript("window.__anchor = getSelection().anchorNode");
        clearEvents();

        // A changed verdict in the first paragraph; a new claim there that starts before 'across' and
        // overlaps it, so 'across' moves to another lane in the second paragraph too; a removal in the last.
        upsert(annotation("inner", "claim", "growth was 3.2%", "TRUE", "True"),
                annotation("new", "claim", "came from the statistics", "FALSE", null));
        remove("ministry");

        assertThat(paragraphsKept()).containsExactly(false, false, true, false);
        assertThat(js.executeScript("return getSelection().anchorNode === __anchor")).isEqualTo(true);
        assertThat(string("return getSelection().toString()")).isEqualTo("بلغ ثلاثة");
        assertNoNewSelectionReported();
        assertLaidOutAsAFullRenderWould();
        assertThat(strings("return document.getElementById('article-text').annotations.map(a => a.id)"))
                .doesNotContain("ministry").contains("inner", "new");
        assertThat(string("return document.querySelector('mark[data-claim-id=\"inner\"]').className"))
                .contains("vt-verdict-TRUE");

        // A selection inside a paragraph that is laid out again is put back where it was.
        int leaders = TEXT.indexOf("Opposition leaders");
        selectDom(leaders, leaders + "Opposition leaders".length());
        awaitLastEvent("claim-selection-change");
        clearEvents();
        rememberParagraphs();
        upsert(annotation("number", "mention", "the number", null, "3.2%"));
        assertThat(paragraphsKept()).containsExactly(true, false, true, true);
        assertThat(string("return getSelection().toString()")).isEqualTo("Opposition leaders");
        assertNoNewSelectionReported();
        assertLaidOutAsAFullRenderWould();

        // So is the caret.
        focusArticle();
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT,
                Keys.ARROW_RIGHT).perform(); // the first arrow puts the caret at 0, the next four move it
        rememberParagraphs();
        remove("minister");
        assertThat(paragraphsKept()).containsExactly(false, true, true, true);
        assertThat(caret()).containsEntry("visible", true);
        assertLaidOutAsAFullRenderWould();
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT).keyUp(Keys.SHIFT).perform();
        assertThat(awaitLastEvent("claim-selection-change")).isEqualTo(detail(4, 5));
    }

    @Test
    void upsertReplacesByIdAndIgnoresWhatDoesNotFit() {
        annotate(TEXT, ANNOTATIONS);
        rememberParagraphs();
        js.executeScript("""
                document.getElementById('article-text').upsertAnnotations([
                    {id: 'rtl', kind: 'mention', start: arguments[0], end: arguments[1]},
                    {id: 'far', kind: 'claim', start: 0, end: arguments[2] + 1},
                    {kind: 'claim', start: 0, end: 3},
                    null]);
                """, annotationNamed("rtl").start(), annotationNamed("rtl").end(), TEXT.length());

        assertThat(paragraphsKept()).containsExactly(true, true, false, true);
        assertThat(strings("return [...document.querySelectorAll('#article-text mark')].map(m => m.dataset.mentionId)"))
                .contains("rtl");
        assertThat(strings("return [...document.querySelectorAll('mark[data-claim-id=\"rtl\"], mark[data-claim-id=\"far\"]')]"
                + ".map(m => m.textContent)")).isEmpty();
        assertThat(strings("return __warnings")).anySatisfy(w -> assertThat(w).contains("without an id"))
                .anySatisfy(w -> assertThat(w).contains("ignoring 1 annotation"));
        assertThat(strings("return __errors")).isEmpty();
        assertLaidOutAsAFullRenderWould();
    }

    @Test
    void theMKeyAndRequestMentionCreateAMentionFromTheSelection() {
        annotate(TEXT, ANNOTATIONS);
        focusArticle();
        clearEvents();
        new Actions(driver).sendKeys("m").perform();
        assertThat(events("mention-create")).as("M without a selection").isEmpty();

        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
                .keyUp(Keys.SHIFT).perform();
        awaitLastEvent("claim-selection-change");
        new Actions(driver).sendKeys("m").perform();
        assertThat(awaitLastEvent("mention-create")).isEqualTo(detail(0, 3));
        assertThat(events("claim-create")).isEmpty();
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("m").keyUp(Keys.CONTROL).perform();
        assertThat(events("mention-create")).as("Ctrl+M is not M").hasSize(1);

        int start = TEXT.indexOf("statistics office");
        selectDom(start, start + "statistics office".length());
        awaitLastEvent("claim-selection-change");
        driver.findElement(By.id("create-mention")).click(); // calls requestMention(), as the view will
        assertThat(awaitLastEvent("mention-create")).isEqualTo(detail(start, start + "statistics office".length()));
        assertThat(events("claim-create")).isEmpty();
    }

    @Test
    void aClickOnAHighlightReportsTheAnnotationsIdAndKind() {
        annotate(TEXT, ANNOTATIONS);
        clearEvents();
        driver.findElement(By.cssSelector("mark[data-mention-id='ministry']")).click();
        assertThat(awaitLastEvent("annotation-click")).isEqualTo(Map.of("id", "ministry", "kind", "mention"));
        assertThat(events("claim-click")).isEmpty();

        driver.findElement(By.cssSelector("mark[data-claim-id='rtl']")).click();
        assertThat(awaitLastEvent("annotation-click")).isEqualTo(Map.of("id", "rtl", "kind", "claim"));
        assertThat(awaitLastEvent("claim-click")).isEqualTo(Map.of("id", "rtl"));
    }

    @Test
    void coloursClaimsByVerdictAndMentionsInTheirOwnDottedStyleFromTheSharedProperties() {
        String text = "True. Mostly true. Mixed. Misleading. Mostly false. False. Unverifiable. Not yet rated. "
                + "Unrated. Bogus. Olaf Scholz.";
        List<Annotation> annotations = new ArrayList<>();
        Map<String, String> expectedVerdict = new LinkedHashMap<>();
        String[][] verdicts = {{"True", "TRUE"}, {"Mostly true", "MOSTLY_TRUE"}, {"Mixed", "MIXED"},
                {"Misleading", "MISLEADING"}, {"Mostly false", "MOSTLY_FALSE"}, {"False", "FALSE"},
                {"Unverifiable", "UNVERIFIABLE"}, {"Not yet rated", "NOT_YET_RATED"}, {"Unrated", null},
                {"Bogus", "BOGUS"}};
        for (String[] verdict : verdicts) {
            int start = text.indexOf(verdict[0]);
            annotations.add(new Annotation(verdict[0], "claim", start, start + verdict[0].length(), verdict[1], null));
            expectedVerdict.put(verdict[0], verdict[1] == null || verdict[1].equals("BOGUS") ? "NOT_YET_RATED" : verdict[1]);
        }
        int scholz = text.indexOf("Olaf Scholz");
        annotations.add(new Annotation("scholz", "mention", scholz, scholz + "Olaf Scholz".length(), null, "Olaf Scholz"));
        annotate(text, annotations);
        BufferedImage image = screenshot("verdict-colours");
        int[] white = {255, 255, 255};

        for (Map.Entry<String, String> entry : expectedVerdict.entrySet()) {
            String verdict = entry.getValue();
            String property = "--vt-verdict-" + verdict.toLowerCase().replace('_', '-');
            int[] color = rgb("var(" + property + ")");
            Map<String, Object> mark = mapResult("""
                    const m = document.querySelector('#article-text mark[data-claim-id="' + arguments[0] + '"]');
                    const r = m.getClientRects()[0];
                    return {classes: m.className, color: getComputedStyle(m).getPropertyValue('--vt-color').trim(),
                            root: getComputedStyle(document.documentElement).getPropertyValue(arguments[1]).trim(),
                            legend: getComputedStyle(document.querySelector('#legend .vt-verdict-' + arguments[2]))
                                .getPropertyValue('--vt-color').trim(),
                            left: r.left, right: r.right, top: r.top, bottom: r.bottom};
                    """, entry.getKey(), property, verdict);
            assertThat((String) mark.get("classes")).as(entry.getKey()).contains("ct-claim", "vt-verdict-" + verdict);
            assertThat(mark.get("color")).as("--vt-color of %s", entry.getKey()).isEqualTo(mark.get("root"))
                    .isEqualTo(mark.get("legend")).isNotEqualTo("");
            double laneTop = num(mark, "bottom") - LANE_ROOM;
            assertThat(nearest(image, (num(mark, "left") + num(mark, "right")) / 2, laneTop - 1, laneTop + LINE + 1, color))
                    .as("line colour of %s", entry.getKey()).isLessThanOrEqualTo(12);
            assertThat(distance(pixel(image, num(mark, "left") + 2, num(mark, "top") + 1), mix(color, 0.14, white)))
                    .as("fill of %s: its colour at 14%%", entry.getKey()).isLessThanOrEqualTo(8);
            Map<String, Object> swatch = mapResult("""
                    const r = document.querySelector('#legend .vt-swatch.vt-verdict-' + arguments[0]).getBoundingClientRect();
                    return {x: (r.left + r.right) / 2, y: r.bottom - 1};
                    """, verdict);
            assertThat(distance(pixel(image, num(swatch, "x"), num(swatch, "y")), color))
                    .as("the legend's swatch for %s", verdict).isLessThanOrEqualTo(12);
        }

        // The mention: no fill, a dotted line in its own colour, named in its tooltip.
        Map<String, Object> mention = mapResult("""
                const m = document.querySelector('#article-text mark[data-mention-id="scholz"]');
                const r = m.getClientRects()[0];
                return {classes: m.className, title: m.title, left: r.left, right: r.right, top: r.top, bottom: r.bottom};
                """);
        assertThat(mention).containsEntry("classes", "ct-ann ct-mention vt-kind-mention")
                .containsEntry("title", "Mention: Olaf Scholz");
        int[] purple = rgb("var(--vt-mention)");
        assertThat(distance(pixel(image, num(mention, "left") + 2, num(mention, "top") + 1), white))
                .as("a mention has no fill").isLessThanOrEqualTo(6);
        double laneTop = num(mention, "bottom") - LANE_ROOM;
        int bestRow = -1;
        double bestShare = 0;
        for (int y = (int) Math.floor(laneTop - 1); y <= laneTop + LINE + 1; y++) {
            int coloured = 0;
            int blank = 0;
            int width = 0;
            for (double x = num(mention, "left") + 1; x < num(mention, "right") - 1; x++, width++) {
                int[] p = pixel(image, x, y);
                coloured += distance(p, purple) <= 40 ? 1 : 0;
                blank += distance(p, white) <= 40 ? 1 : 0;
            }
            double share = (double) coloured / width;
            if (share > bestShare && blank > width / 5) {
                bestShare = share;
                bestRow = y;
            }
        }
        assertThat(bestRow).as("a row of the mention's line, broken into dots").isNotNegative();
        assertThat(bestShare).as("share of the row in the mention colour").isBetween(0.3, 0.8);
    }

    @Test
    void theOldClaimPropertiesAndMethodsStillWork() {
        annotate(TEXT, ANNOTATIONS);
        int start = TEXT.indexOf("Opposition");
        js.executeScript("document.getElementById('article-text').claims = [{id: 'only', start: arguments[0], end: arguments[1]}]",
                start, start + "Opposition".length());

        assertThat(strings("return [...document.querySelectorAll('#article-text mark[data-claim-id]')].map(m => m.dataset.claimId)"))
                .containsOnly("only");
        assertThat(strings("return [...document.querySelectorAll('#article-text mark[data-mention-id]')].map(m => m.dataset.mentionId)"))
                .as("setting claims keeps the mentions").contains("minister", "office", "ministry");
        assertThat(maps("return document.getElementById('article-text').claims"))
                .containsExactly(Map.of("id", "only", "kind", "claim", "start", (long) start, "end", (long) start + 10));

        js.executeScript("document.getElementById('article-text').selectedClaimId = 'only'");
        assertThat(js.executeScript("return document.getElementById('article-text').selectedId")).isEqualTo("only");
        assertThat(strings("return [...document.querySelectorAll('mark.ct-selected')].map(m => m.textContent)"))
                .containsExactly("Opposition");
        js.executeScript("document.getElementById('article-text').selectedId = 'ministry'");
        assertThat(js.executeScript("return document.getElementById('article-text').selectedClaimId")).isEqualTo("ministry");
        assertThat(strings("return [...document.querySelectorAll('mark.ct-selected')].map(m => m.textContent)"))
                .containsExactly("ministry");

        js.executeScript("document.getElementById('article-text').flashClaims(['only'])");
        assertThat(strings("return [...document.querySelectorAll('mark.ct-flash')].map(m => m.textContent)"))
                .containsExactly("Opposition");
        js.executeScript("document.getElementById('article-text').flashAnnotations(['ministry'])");
        assertThat(strings("return [...document.querySelectorAll('mark.ct-flash')].map(m => m.textContent)"))
                .containsExactly("ministry");
    }

    // ------------------------------------------------------------------ helpers

    record Claim(String id, int start, int end) {
    }

    /** One rendered piece of text: a plain text node (claimId null, depth 0) or a highlight. */
    record Segment(int start, int end, String text, String claimId, String mentionId, int depth, boolean selected) {

        /** The id of the annotation the segment belongs to (its innermost), of either kind. */
        String ownerId() {
            return claimId != null ? claimId : mentionId;
        }
    }

    /** An annotation as the element takes it; verdict and label may be null. */
    record Annotation(String id, String kind, int start, int end, String verdict, String label) {

        boolean covers(int index) {
            return start <= index && index < end;
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", id);
            map.put("kind", kind);
            map.put("start", start);
            map.put("end", end);
            if (verdict != null) {
                map.put("verdict", verdict);
            }
            if (label != null) {
                map.put("label", label);
            }
            return map;
        }
    }

    private static Annotation annotation(String id, String kind, String quote, String verdict, String label) {
        int start = TEXT.indexOf(quote);
        assertThat(start).as("quote of %s in the test text", id).isNotNegative();
        return new Annotation(id, kind, start, start + quote.length(), verdict, label);
    }

    /** The text of one of OVERLAPPING. */
    private static String quote(String id) {
        Annotation annotation = OVERLAPPING.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        return TEXT.substring(annotation.start(), annotation.end());
    }

    private static Annotation annotationNamed(String id) {
        return ANNOTATIONS.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /** Sets text, then annotations. */
    private static void annotate(String text, List<Annotation> annotations) {
        js.executeScript("const el = document.getElementById('article-text');"
                + "el.text = arguments[0]; el.annotations = arguments[1];",
                text, annotations.stream().map(Annotation::toMap).toList());
    }

    private static void upsert(Annotation... annotations) {
        js.executeScript("document.getElementById('article-text').upsertAnnotations(arguments[0])",
                List.of(annotations).stream().map(Annotation::toMap).toList());
    }

    private static void remove(String... ids) {
        js.executeScript("document.getElementById('article-text').removeAnnotations(arguments[0])", List.of(ids));
    }

    /** Reference model: the covering annotation with the latest start, then the shortest, then the last given. */
    private static Annotation innermostAt(List<Annotation> annotations, int index) {
        Annotation innermost = null;
        for (Annotation annotation : annotations) {
            if (annotation.covers(index) && (innermost == null
                    || annotation.start() > innermost.start()
                    || annotation.start() == innermost.start() && annotation.end() <= innermost.end())) {
                innermost = annotation;
            }
        }
        return innermost;
    }

    /** Reference model of the lanes: by start (outer first, then as given), the lowest lane free there. */
    private static Map<String, Integer> lanes(List<Annotation> annotations) {
        List<Annotation> sorted = new ArrayList<>(annotations); // a stable sort keeps the given order for ties
        sorted.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : b.end() - a.end());
        List<Integer> laneEnds = new ArrayList<>();
        Map<String, Integer> lanes = new LinkedHashMap<>();
        for (Annotation annotation : sorted) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > annotation.start()) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(annotation.end());
            } else {
                laneEnds.set(lane, annotation.end());
            }
            lanes.put(annotation.id(), lane);
        }
        return lanes;
    }

    /** The CSS colour that claim-text.css gives an annotation (unknown verdicts count as not yet rated). */
    private static String colorOf(Annotation annotation) {
        if (annotation.kind().equals("mention")) {
            return "var(--vt-mention)";
        }
        List<String> verdicts = List.of("TRUE", "MOSTLY_TRUE", "MIXED", "MISLEADING", "MOSTLY_FALSE", "FALSE",
                "UNVERIFIABLE", "NOT_YET_RATED");
        String verdict = annotation.verdict() != null && verdicts.contains(annotation.verdict())
                ? annotation.verdict() : "NOT_YET_RATED";
        return "var(--vt-verdict-" + verdict.toLowerCase().replace('_', '-') + ")";
    }

    private static void rememberParagraphs() {
        js.executeScript("window.__paragraphs = [...document.querySelectorAll('#article-text > p')]");
    }

    /** For each paragraph now, whether it is the very element it was at rememberParagraphs(). */
    @SuppressWarnings("unchecked")
    private static List<Boolean> paragraphsKept() {
        return (List<Boolean>) js.executeScript(
                "return [...document.querySelectorAll('#article-text > p')].map((p, i) => p === __paragraphs[i])");
    }

    /** Reads the selection now (mouseup does) and checks that nothing new was reported. */
    private static void assertNoNewSelectionReported() {
        js.executeScript("document.getElementById('article-text').dispatchEvent(new MouseEvent('mouseup'))");
        assertThat(events("claim-selection-change")).as("selection reports").isEmpty();
    }

    /** The paragraphs are exactly what a full render of the same text and annotations makes. */
    private static void assertLaidOutAsAFullRenderWould() {
        js.executeScript("""
                const el = document.getElementById('article-text');
                const reference = document.createElement('claim-text');
                reference.id = 'reference-text';
                document.body.append(reference);
                reference.text = el.text;
                reference.annotations = el.annotations;
                """);
        List<String> shown = strings("return [...document.querySelectorAll('#article-text > p')].map(p => p.outerHTML)");
        List<String> reference = strings("return [...document.querySelectorAll('#reference-text > p')].map(p => p.outerHTML)");
        js.executeScript("document.getElementById('reference-text').remove()");
        assertThat(shown).as("paragraphs after the update, against a full render").isEqualTo(reference);
    }

    /** The text of the annotation ringed by ] or [ (its segments, joined), '' if none. */
    private static String ringedText() {
        List<Map<String, Object>> ringed = maps("""
                return [...document.querySelectorAll('#article-text mark.ct-current')].map(m => ({text: m.textContent,
                    first: m.classList.contains('ct-current-first'), last: m.classList.contains('ct-current-last')}));
                """);
        if (!ringed.isEmpty()) {
            assertThat(ringed.getFirst().get("first")).as("ring starts on the first segment").isEqualTo(true);
            assertThat(ringed.getLast().get("last")).as("ring ends on the last segment").isEqualTo(true);
        }
        return ringed.stream().map(m -> (String) m.get("text")).reduce("", String::concat);
    }

    /**
     * Checks, for every highlight, that it can paint nothing over a neighbour's letters: no horizontal padding,
     * margin or border, no outline, and only inset shadows.
     */
    private static void assertHighlightsPaintNothingOutsideTheirBoxes(String state) {
        List<String> offenders = strings("""
                return [...document.querySelectorAll('#article-text mark')].flatMap(m => {
                    const s = getComputedStyle(m);
                    const shadows = s.boxShadow === 'none' ? [] : s.boxShadow.split(/,(?![^(]*\\))/);
                    const wrong = [];
                    for (const side of ['Left', 'Right']) {
                        for (const p of ['padding' + side, 'margin' + side, 'border' + side + 'Width']) {
                            if (parseFloat(s[p]) !== 0) wrong.push(p + '=' + s[p]);
                        }
                    }
                    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) wrong.push('outline');
                    if (shadows.some(x => !x.includes('inset'))) wrong.push('box-shadow=' + s.boxShadow);
                    return wrong.map(w => m.textContent + ': ' + w);
                });
                """);
        assertThat(offenders).as("highlights that can cover a neighbour's letters, %s", state).isEmpty();
    }

    /** Client rects of the highlight segments of TEXT inside [from, to). */
    private static List<Map<String, Object>> segmentBoxes(int from, int to) {
        return maps("""
                const [from, to, starts] = arguments;
                const boxes = [];
                document.querySelectorAll('#article-text > p').forEach((p, b) => {
                    let position = starts[b];
                    for (const n of p.childNodes) {
                        const length = n.textContent.length;
                        if (n.nodeType === Node.ELEMENT_NODE && position >= from && position + length <= to) {
                            for (const r of n.getClientRects()) {
                                if (r.width >= 3) {
                                    boxes.push({left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: n.textContent});
                                }
                            }
                        }
                        position += length;
                    }
                });
                return boxes;
                """, from, to, blockRanges(TEXT).stream().map(r -> r[0]).toList());
    }

    /** The box of character `index` of TEXT (its glyph's advance, the line's content height). */
    private static Map<String, Object> characterBox(int index) {
        return mapResult(POINT_AT + """
                const [node, offset] = pointAt(arguments[0], arguments[1]);
                const range = document.createRange();
                range.setStart(node, offset);
                range.setEnd(node, offset + 1);
                const r = range.getBoundingClientRect();
                return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};
                """, blockOf(index)[0], index - blockOf(index)[1]);
    }

    private static void clickAt(Map<String, Object> box, int dx) {
        int x = (int) Math.round((num(box, "left") + num(box, "right")) / 2) + dx;
        int y = (int) Math.round((num(box, "top") + num(box, "bottom")) / 2);
        new Actions(driver).moveToLocation(x, y).click().perform();
    }

    /** A screenshot of the page, saved as target/screenshots/claim-text-NAME.png unless name is null. */
    private static BufferedImage screenshot(String name) {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            if (name != null) {
                Files.createDirectories(SCREENSHOTS);
                Files.write(SCREENSHOTS.resolve("claim-text-" + name + ".png"), png);
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            pixelRatio = image.getWidth() / number("return innerWidth");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The colour of a pixel at CSS coordinates x, y of the viewport. */
    private static int[] pixel(BufferedImage image, double x, double y) {
        int px = Math.min(image.getWidth() - 1, Math.max(0, (int) Math.floor(x * pixelRatio)));
        int py = Math.min(image.getHeight() - 1, Math.max(0, (int) Math.floor(y * pixelRatio)));
        int rgb = image.getRGB(px, py);
        return new int[] {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
    }

    /** The smallest distance to color of the pixels at x in the rows from yFrom to yTo. */
    private static int nearest(BufferedImage image, double x, double yFrom, double yTo, int[] color) {
        int best = Integer.MAX_VALUE;
        for (double y = Math.floor(yFrom); y <= yTo; y++) {
            best = Math.min(best, distance(pixel(image, x, y), color));
        }
        return best;
    }

    /**
     * How many pixels of the box are ink: darker than halfway between the background (its top left corner, above
     * any glyph) and its darkest pixel, so that a darker fill behind the same letter counts the same.
     */
    private static int ink(BufferedImage image, Map<String, Object> box) {
        List<Double> lumas = new ArrayList<>();
        for (double y = Math.floor(num(box, "top")); y < num(box, "bottom"); y += 1 / pixelRatio) {
            for (double x = Math.floor(num(box, "left")); x < num(box, "right"); x += 1 / pixelRatio) {
                lumas.add(luma(pixel(image, x, y)));
            }
        }
        double background = luma(pixel(image, num(box, "left") + 1, num(box, "top") + 1));
        double darkest = lumas.stream().mapToDouble(Double::doubleValue).min().orElse(background);
        assertThat(background - darkest).as("contrast of the letter in %s", box).isGreaterThan(60);
        return (int) lumas.stream().filter(l -> l < (background + darkest) / 2).count();
    }

    private static double luma(int[] rgb) {
        return 0.3 * rgb[0] + 0.59 * rgb[1] + 0.11 * rgb[2];
    }

    private static int distance(int[] a, int[] b) {
        return Math.max(Math.abs(a[0] - b[0]), Math.max(Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2])));
    }

    /** color at this share over the other colour. */
    private static int[] mix(int[] color, double share, int[] over) {
        int[] mixed = new int[3];
        for (int i = 0; i < 3; i++) {
            mixed[i] = (int) Math.round(color[i] * share + over[i] * (1 - share));
        }
        return mixed;
    }

    /** A CSS colour (e.g. "var(--vt-mention)") as the browser computes it, in RGB. */
    private static int[] rgb(String cssColor) {
        String computed = string("""
                const probe = document.createElement('span');
                probe.style.color = arguments[0];
                document.body.append(probe);
                const color = getComputedStyle(probe).color;
                probe.remove();
                return color;
                """, cssColor);
        Matcher channels = Pattern.compile("rgb\\((\\d+), (\\d+), (\\d+)\\)").matcher(computed);
        assertThat(channels.matches()).as("computed colour of %s: %s", cssColor, computed).isTrue();
        return new int[] {Integer.parseInt(channels.group(1)), Integer.parseInt(channels.group(2)),
                Integer.parseInt(channels.group(3))};
    }

    private static double num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
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
                           mention: n.getAttribute('data-mention-id'),
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
                        (String) node.get("mention"),
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

    /**
     * Waits until the element has handled everything already asked of it: the page's pending selectionchange tasks
     * (queued before the check's own timer) and its debounced report of them. Events that have not arrived by then
     * will not arrive, so "nothing was reported" can be asserted without sleeping and hoping.
     */
    private static void awaitSettled() {
        new WebDriverWait(driver, Duration.ofSeconds(3)).withMessage("the element kept a selection report pending")
                .until(d -> Boolean.TRUE.equals(js.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        requestAnimationFrame(() => setTimeout(() => {
                            done(!document.getElementById('article-text')._syncTimer);
                        }, 0));
                        """)));
    }

    /** Waits (up to 3 s: selection changes are debounced) for an event, and returns the latest one's detail. */
    private static Map<String, Object> awaitLastEvent(String type) {
        new WebDriverWait(driver, Duration.ofSeconds(3)).withMessage("no " + type + " event")
                .until(d -> !events(type).isEmpty());
        List<Map<String, Object>> events = events(type);
        return events.getLast();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(String script, Object... arguments) {
        return (List<Map<String, Object>>) js.executeScript(script, arguments);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapResult(String script, Object... arguments) {
        return (Map<String, Object>) js.executeScript(script, arguments);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String script) {
        return (List<String>) js.executeScript(script);
    }

    private static String string(String script, Object... arguments) {
        return (String) js.executeScript(script, arguments);
    }

    private static double number(String script) {
        return ((Number) js.executeScript(script)).doubleValue();
    }
}
