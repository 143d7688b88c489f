package org.veritext.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Annotating an article completely, as the issue puts it: from a selected sentence to a saved claim with its
 * claimant (an existing actor) and its event (created on the spot), a verdict and its rationale, with the keyboard
 * alone; the suggestions accepted with one click; and the claim on the actor's page.
 */
class AnnotateWithActorsAndEventsEndToEndTest extends BrowserTest {

    private static final String SENTENCE = "This is the largest public transport investment the harbour has seen in "
            + "forty years";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSelectedSentenceBecomesAFullClaimWithTheKeyboardAlone() throws Exception {
        signInAs("annotator");
        String articleId = demoArticleId();
        open("/articles/" + articleId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark")));

        // The selection (by mouse in real life); from here on, only keys.
        js("document.getElementById('article-text').focus()");
        selectInText(browser, SENTENCE);
        keys(Keys.ENTER);                                                  // 1: create the claim
        wait.until(driver -> focusedInside("claim-claimant"));
        keys("Lucia", Keys.ENTER);                                         // 2: the claimant, an existing actor
        // The picker takes the focus back after the server's answer (the next key goes on from there): wait for
        // that too, or a quick TAB is undone by it. Under load it came after the chip, and the TAB was lost.
        wait.until(driver -> hasChip("claim-claimant", "Lucia Ferreira") && focusedInside("claim-claimant") != null);
        keys(Keys.TAB);                                                    // 3: on to the event
        wait.until(driver -> focusedInside("claim-event"));
        keys("Tram budget hearing", Keys.ENTER);                           // 4: a new event, created inline
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quick-event")));
        wait.until(driver -> focusedInside("quick-event-title"));
        keys(Keys.ENTER);                                                  // 5: create it
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("quick-event")));
        wait.until(driver -> hasChip("claim-event", "Tram budget hearing") && focusedInside("claim-event") != null);
        keys(Keys.TAB, Keys.TAB);                                          // past Subject, to the verdict
        wait.until(driver -> focusedInside("claim-verdict"));
        keys(Keys.ENTER);                                                  // open the list of verdicts
        keys(Keys.ARROW_UP, Keys.ARROW_UP, Keys.ENTER);                    // Not yet rated → Unverifiable → False
        wait.until(driver -> "False".equals(js("return document.getElementById('claim-verdict').innerText.trim()")
                .toString().lines().filter(line -> !line.isBlank()).reduce((a, b) -> b).orElse("")));
        keys(Keys.TAB);
        wait.until(driver -> focusedInside("claim-rationale"));
        keys("Council records show a larger line in 1988.");
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform(); // 6: save

        String claimId = wait.until(driver -> jdbc.queryForList("SELECT id FROM claim WHERE quote = ? AND "
                + "verdict = 'FALSE'", String.class, SENTENCE).stream().findFirst().orElse(null));
        Map<String, Object> saved = jdbc.queryForMap("SELECT rationale FROM claim WHERE id = ?", claimId);
        assertThat(saved.get("rationale")).isEqualTo("Council records show a larger line in 1988.");
        assertThat(jdbc.queryForList("SELECT a.name FROM claim_actor l JOIN actor a ON a.id = l.actor_id "
                + "WHERE l.claim_id = ? AND l.role = 'CLAIMANT'", String.class, claimId)).containsExactly("Lucia Ferreira");
        assertThat(jdbc.queryForList("SELECT e.title FROM claim_event l JOIN event e ON e.id = l.event_id "
                + "WHERE l.claim_id = ?", String.class, claimId)).containsExactly("Tram budget hearing");
        screenshot("full-claim-by-keyboard");

        // A reload shows all of it.
        open("/articles/" + articleId + "?claim=" + claimId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-verdict")));
        assertThat(hasChip("claim-claimant", "Lucia Ferreira")).isTrue();
        assertThat(hasChip("claim-event", "Tram budget hearing")).isTrue();
        assertThat(browser.findElement(By.cssSelector("#claim-rationale textarea")).getAttribute("value"))
                .isEqualTo("Council records show a larger line in 1988.");
        assertThat(browser.findElement(By.cssSelector("#article-text mark[data-claim-id='" + claimId + "']"))
                .getAttribute("class")).contains("vt-verdict-FALSE");

        // Opening another claim in the same editor shows that claim's links only, and changes nothing by itself.
        String other = jdbc.queryForObject("SELECT id FROM claim WHERE quote = ?", String.class,
                "cut late-night car journeys in the old town by a third");
        long versionBefore = jdbc.queryForObject("SELECT version FROM claim WHERE id = ?", Long.class, claimId);
        browser.findElement(By.cssSelector("#article-text mark[data-claim-id='" + other + "']")).click();
        wait.until(driver -> hasChip("claim-claimant", "Porto Velho Transport Department"));
        assertThat(hasChip("claim-claimant", "Lucia Ferreira")).isFalse();
        assertThat(hasChip("claim-event", "Tram budget hearing")).isFalse();
        browser.findElement(By.cssSelector("#article-text mark[data-claim-id='" + claimId + "']")).click();
        wait.until(driver -> hasChip("claim-claimant", "Lucia Ferreira"));
        assertThat(hasChip("claim-claimant", "Porto Velho Transport Department")).isFalse();
        assertThat(jdbc.queryForObject("SELECT version FROM claim WHERE id = ?", Long.class, claimId))
                .as("switching claims saves nothing").isEqualTo(versionBefore);

        // The actor's page lists the claim.
        String mayor = jdbc.queryForObject("SELECT id FROM actor WHERE name = 'Lucia Ferreira'", String.class);
        open("/actors/" + mayor);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#actor-claims [data-claim-id='" + claimId + "']")));
        screenshot("actor-page-with-claim");
    }

    @Test
    void markingAMentionCanTeachTheCatalogTheNameUsedInTheArticle() throws Exception {
        signInAs("annotator");
        String articleId = demoArticleId();
        open("/articles/" + articleId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark")));
        String council = jdbc.queryForObject("SELECT id FROM actor WHERE name = 'Porto Velho City Council'",
                String.class);

        js("document.getElementById('article-text').focus()");
        selectInText(browser, "Porto Velho");
        click(By.id("mark-mention"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mention-target")));
        wait.until(driver -> "Porto Velho".equals(js("return document.getElementById('mention-target').inputElement.value")));
        assertThat(browser.findElements(By.id("mention-add-alias"))).as("nothing chosen yet, nothing to teach")
                .allSatisfy(offer -> assertThat(offer.isDisplayed()).isFalse());
        click(By.xpath("//vaadin-combo-box-item[contains(normalize-space(.), 'Porto Velho City Council')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mention-add-alias"),
                "Also know \u201CPorto Velho\u201D as a name of Porto Velho City Council"));
        click(By.id("mention-add-alias"));
        screenshot("mention-with-new-alias");
        click(By.id("mention-mark"));

        String mentionId = wait.until(driver -> jdbc.queryForList("SELECT id FROM mention WHERE article_id = ? "
                + "AND quote = 'Porto Velho' AND actor_id = ?", String.class, java.util.UUID.fromString(articleId),
                java.util.UUID.fromString(council)).stream().findFirst().orElse(null));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#article-text mark[data-mention-id='" + mentionId + "']")));
        assertThat(jdbc.queryForList("SELECT alias FROM actor_alias WHERE actor_id = ?", String.class,
                java.util.UUID.fromString(council))).contains("Porto Velho");
    }

    @Test
    void aMentionSuggestionAndAClaimSuggestionAreEachAcceptedWithOneClick() throws Exception {
        signInAs("annotator");
        String articleId = demoArticleId();
        open("/articles/" + articleId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#suggestions [data-suggestion-kind]")));
        screenshot("suggestions");
        long mentionsBefore = count("SELECT COUNT(*) FROM mention WHERE article_id = ?", articleId);

        WebElement mention = browser.findElement(By.cssSelector("#suggestions [data-suggestion-kind='mention']"));
        String mentionKey = mention.getAttribute("data-suggestion-key");
        mention.findElement(By.cssSelector(".suggestion-accept")).click();

        wait.until(driver -> count("SELECT COUNT(*) FROM mention WHERE article_id = ?", articleId) > mentionsBefore);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("#suggestions [data-suggestion-key='" + mentionKey + "']")));
        assertThat(browser.findElements(By.cssSelector("#article-text mark[data-mention-id]")))
                .hasSizeGreaterThan((int) mentionsBefore);

        long claimsBefore = count("SELECT COUNT(*) FROM claim WHERE article_id = ?", articleId);
        WebElement claim = browser.findElement(By.cssSelector("#suggestions [data-suggestion-kind='claim']"));
        claim.findElement(By.cssSelector(".suggestion-accept")).click();

        wait.until(driver -> count("SELECT COUNT(*) FROM claim WHERE article_id = ?", articleId) == claimsBefore + 1);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-restatement")));
        screenshot("suggestion-accepted-as-claim");

        // A dismissed suggestion stays dismissed after a reload.
        WebElement another = browser.findElement(By.cssSelector("#suggestions [data-suggestion-kind]"));
        String dismissedKey = another.getAttribute("data-suggestion-key");
        another.findElement(By.cssSelector(".suggestion-dismiss")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("#suggestions [data-suggestion-key='" + dismissedKey + "']")));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#suggestions")));
        assertThat(browser.findElements(By.cssSelector("#suggestions [data-suggestion-key='" + dismissedKey + "']")))
                .isEmpty();
    }

    @Test
    void questionMarkListsTheShortcutsAndEscapeClosesThem() {
        signInAs("annotator");
        open("/articles/" + demoArticleId());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark")));
        js("document.getElementById('article-text').focus()");

        keys("?");

        WebElement help = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shortcut-help")));
        assertThat(help.getText()).contains("Ctrl+Enter", "Select words, M");
        keys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("shortcut-help")));
    }

    private String demoArticleId() {
        return jdbc.queryForObject("SELECT id FROM article WHERE title LIKE 'Harbour council%'", String.class);
    }

    private long count(String sql, String articleId) {
        return jdbc.queryForObject(sql, Long.class, java.util.UUID.fromString(articleId));
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** The element with this id if the keyboard focus is in it (or in its shadow DOM), else null. */
    private WebElement focusedInside(String id) {
        Object inside = js("""
                let active = document.activeElement;
                const target = document.getElementById(arguments[0]);
                while (target && active) {
                    if (active === target || target.contains(active)) { return true; }
                    active = active.shadowRoot ? active.shadowRoot.activeElement : null;
                }
                return false;
                """, id);
        return Boolean.TRUE.equals(inside) ? browser.findElement(By.id(id)) : null;
    }

    /** True if the picker with this id has an item selected whose label contains {@code text}. */
    private boolean hasChip(String id, String text) {
        return selectedChips(id).stream().anyMatch(label -> label != null && label.contains(text));
    }

    @SuppressWarnings("unchecked")
    private List<String> selectedChips(String id) {
        return (List<String>) js("""
                const box = document.getElementById(arguments[0]);
                return (box.selectedItems || []).map(item => box.itemLabelPath ? item[box.itemLabelPath] : item.label);
                """, id);
    }
}
