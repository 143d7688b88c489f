package org.veritext.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.veritext.app.security.RunAs;
import org.veritext.core.actor.ActorDetails;
import org.veritext.core.actor.ActorDraft;
import org.veritext.core.actor.ActorService;
import org.veritext.core.actor.ActorService.DuplicateCheck;
import org.veritext.core.actor.ActorType;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.article.ArticleDetails;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimEdit;
import org.veritext.core.claim.ClaimEdit.ActorLinkDraft;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.Verdict;
import org.veritext.core.event.EventDetails;
import org.veritext.core.event.EventDraft;
import org.veritext.core.event.EventService;
import org.veritext.core.event.EventType;

/**
 * The catalog of actors and events, in a real headless Chromium: creating an actor and being warned of one that
 * exists under another spelling, creating an event with a participant inside a larger event, merging two actors,
 * and an actor's and an event's pages listing the claims linked to them. Data the test only needs to exist is made
 * through the services, as the annotator.
 */
class CatalogEndToEndTest extends BrowserTest {

    @Autowired
    ActorService actors;
    @Autowired
    EventService events;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNearDuplicateSpellingIsCaughtAndTheExistingActorOpens() throws IOException {
        signInAs("annotator");
        open("/actors");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actor-grid")));

        openDialog("new-actor", "actor-form");
        type(field("actor-name"), "Recep Tayyip Erdoğan");
        choose("actor-type", "Person");
        WebElement alias = field("actor-aliases");
        alias.sendKeys("Tayyip Erdoğan", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#actor-aliases [slot=chip]")));
        type(browser.findElement(By.cssSelector("#actor-description textarea")), "President of Türkiye since 2014.");
        type(field("actor-wikidata"), "q39837");
        screenshot("catalog-actor-form");
        click(By.id("actor-save"));

        wait.until(ExpectedConditions.urlMatches("/actors/[0-9a-f-]{36}$"));
        String erdogan = currentPath().substring("/actors/".length());
        wait.until(ExpectedConditions.textToBe(By.id("actor-title"), "Recep Tayyip Erdoğan"));
        WebElement wikidata = browser.findElement(By.cssSelector("#actor-facts a.wikidata-link"));
        assertThat(wikidata.getText()).isEqualTo("Q39837");
        assertThat(wikidata.getAttribute("href")).isEqualTo("https://www.wikidata.org/wiki/Q39837");
        assertThat(wikidata.getAttribute("rel")).isEqualTo("noopener noreferrer");
        assertThat(wikidata.getAttribute("target")).isEqualTo("_blank");
        screenshot("catalog-actor-page");

        // Another spelling of the same man: the form warns, keeps what was typed, and offers to open him.
        open("/actors");
        openDialog("new-actor", "actor-form");
        type(field("actor-name"), "recep tayyip ERDOGAN");
        choose("actor-type", "Person");
        click(By.id("actor-save"));
        WebElement similar = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actor-similar")));
        assertThat(similar.getText()).contains("Recep Tayyip Erdoğan", "Create anyway");
        assertThat(field("actor-name").getAttribute("value")).isEqualTo("recep tayyip ERDOGAN");
        screenshot("catalog-actor-duplicate-warning");
        click(By.cssSelector("#actor-similar a.similar-actor-open[data-actor-id='" + erdogan + "']"));

        wait.until(ExpectedConditions.urlToBe(url("/actors/" + erdogan)));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("actor-form")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM actor WHERE LOWER(name) LIKE 'recep tayyip%'",
                Long.class)).isEqualTo(1);

        // The list finds him by a part of an alias, and shows his Wikidata link.
        open("/actors");
        type(field("actor-filter"), "tayyip erdo");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#actor-grid a.wikidata-link[href='https://www.wikidata.org/wiki/Q39837']")));
        waitForGridText("actor-grid", "Recep Tayyip Erdoğan", "Person", "Tayyip Erdoğan");
        screenshot("catalog-actor-list");

        // A click anywhere in his row opens his page.
        By aliasCell = By.xpath("//vaadin-grid[@id='actor-grid']//vaadin-grid-cell-content"
                + "[normalize-space(.)='Tayyip Erdoğan']");
        wait.until(driver -> driver.findElements(aliasCell).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null)).click();
        wait.until(ExpectedConditions.urlToBe(url("/actors/" + erdogan)));

        // A filter that matches nobody says so.
        open("/actors");
        type(field("actor-filter"), "nobody by this name");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actor-grid"),
                "No actor has a name or alias containing \u201Cnobody by this name\u201D."));
        screenshot("catalog-actor-list-empty");
    }

    @Test
    void anEventIsCreatedWithAParticipantInsideALargerEvent() throws IOException {
        ActorDetails umerov = asAnnotator(() -> actors.create(ActorDraft.of("Rustem Umerov", ActorType.PERSON),
                DuplicateCheck.CREATE_ANYWAY));
        EventDetails process = asAnnotator(() -> events.create(new EventDraft("Istanbul peace process",
                EventType.TALKS, LocalDate.of(2025, 5, 16), null, "Istanbul", "", null, List.of())));
        signInAs("annotator");
        open("/events");
        openDialog("new-event", "event-form");
        type(field("event-title"), "Second round of direct talks");
        choose("event-type", "Talks / negotiation");
        field("event-starts").sendKeys("2/6/2025", Keys.ENTER);
        type(field("event-place"), "Çırağan Palace, Istanbul");
        pick(field("event-part-of"), "istanbul pea", "Istanbul peace process");
        click(By.id("add-participant"));
        pick(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#event-participants .participant-actor input"))), "umer", "Rustem Umerov");
        type(browser.findElement(By.cssSelector("#event-participants .participant-role input")),
                "head of delegation");
        screenshot("catalog-event-form");
        click(By.id("event-save"));

        wait.until(ExpectedConditions.urlMatches("/events/[0-9a-f-]{36}$"));
        String round = currentPath().substring("/events/".length());
        wait.until(ExpectedConditions.textToBe(By.id("event-heading"), "Second round of direct talks"));
        WebElement participant = browser.findElement(By.cssSelector(
                "#event-participant-list li[data-actor-id='" + umerov.id() + "']"));
        assertThat(participant.getText()).contains("Rustem Umerov", "head of delegation");
        assertThat(participant.findElement(By.tagName("a")).getAttribute("href")).endsWith("/actors/" + umerov.id());
        assertThat(browser.findElement(By.id("event-facts")).getText())
                .contains("2 Jun 2025 – ?", "Çırağan Palace, Istanbul", "Istanbul peace process");
        screenshot("catalog-event-page");

        // Edited: the form shows what was saved; a date it cannot read is refused, not dropped.
        openDialog("edit-event", "event-form");
        assertThat(field("event-part-of").getAttribute("value")).startsWith("Istanbul peace process");
        assertThat(field("event-starts").getAttribute("value")).isEqualTo("2/6/2025");
        WebElement role = browser.findElement(By.cssSelector("#event-participants .participant-role input"));
        assertThat(role.getAttribute("value")).isEqualTo("head of delegation");
        type(role, "delegation head");
        field("event-ends").sendKeys("next week", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-ends"), "day/month/year"));
        wait.until(driver -> Boolean.FALSE.equals(js("return document.getElementById('event-ends').opened")));
        click(By.id("event-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-form-problem"),
                "A date cannot be read."));
        WebElement ends = field("event-ends");
        ends.clear();
        ends.sendKeys("3/6/2025", Keys.ENTER);
        wait.until(driver -> Boolean.FALSE.equals(js("return document.getElementById('event-ends').opened")));
        click(By.id("event-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-facts"),
                "2 Jun 2025 – 3 Jun 2025"));
        assertThat(browser.findElement(By.id("event-participant-list")).getText()).contains("delegation head");

        // The larger event lists it as a part.
        click(By.cssSelector("#event-facts a.event-link"));
        wait.until(ExpectedConditions.urlToBe(url("/events/" + process.id())));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#event-parts li[data-event-id='" + round + "'] a")));
        screenshot("catalog-event-parent-page");

        open("/events");
        waitForGridText("event-grid", "Second round of direct talks", "2 Jun 2025 – 3 Jun 2025", "Talks / negotiation",
                "Istanbul peace process", "16 May 2025 – ?");
        type(field("event-filter"), "direct talks");
        wait.until(driver -> !gridText("event-grid").contains("16 May 2025"));
        assertThat(gridText("event-grid")).contains("Second round of direct talks");
        screenshot("catalog-event-list");
    }

    @Test
    void anActorCreatedAnywayIsMergedWithTheOtherAndKeepsHisClaims() throws IOException {
        ActorDetails first = asAnnotator(() -> actors.create(ActorDraft.of("Volodymyr Zelenskyy", ActorType.PERSON,
                "Zelensky"), DuplicateCheck.CREATE_ANYWAY));
        String claimId = claimLinkedTo(first.id(), LocalDate.of(2025, 6, 3),
                "The president said 40 drones were shot down overnight.", "40 drones were shot down overnight",
                Verdict.FALSE, ActorRole.CLAIMANT);
        signInAs("annotator");

        // A colleague did not find him and creates him again; he is warned, and creates him anyway.
        open("/actors");
        openDialog("new-actor", "actor-form");
        type(field("actor-name"), "Zelénsky");
        choose("actor-type", "Person");
        click(By.id("actor-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actor-similar"), "Volodymyr Zelenskyy"));
        click(By.id("actor-create-anyway"));
        wait.until(ExpectedConditions.textToBe(By.id("actor-title"), "Zelénsky"));
        String kept = currentPath().substring("/actors/".length());
        assertThat(kept).isNotEqualTo(first.id().toString());
        // Merging is a manager's call: the annotator may edit the actor but is not offered the merge.
        assertThat(browser.findElement(By.id("edit-actor")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("merge-actor"))).allSatisfy(button ->
                assertThat(button.isDisplayed()).isFalse());

        // The manager merges the first into this one.
        signInAs("manager");
        open("/actors/" + kept);
        wait.until(ExpectedConditions.textToBe(By.id("actor-title"), "Zelénsky"));
        openDialog("merge-actor", "merge-dialog");
        pick(field("merge-actor-picker"), "volod", "Volodymyr Zelenskyy");
        screenshot("catalog-merge-pick");
        click(By.id("merge-continue"));
        WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-confirm-dialog#merge-confirm")));
        wait.until(driver -> confirmation.getText().contains("1 claim"));
        assertThat(confirmation.getText()).contains("Merge Volodymyr Zelenskyy into Zelénsky?",
                "Volodymyr Zelenskyy (person) will disappear");
        screenshot("catalog-merge-confirm");
        click(By.id("merge-confirm-button"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actor-facts-aliases"),
                "Volodymyr Zelenskyy"));
        assertThat(browser.findElement(By.id("actor-facts-aliases")).getText()).contains("Zelensky");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#actor-claims [data-claim-id='" + claimId + "']")));
        assertThat(currentPath()).isEqualTo("/actors/" + kept);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM actor WHERE id = ?", Long.class, first.id())).isZero();
        screenshot("catalog-merged-actor");

        // The merged actor's old address says where he went.
        open("/actors/" + first.id());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "merged into another"));
    }

    @Test
    void anActorsPageAndAnEventsPageListTheClaimsLinkedToThem() throws IOException {
        ActorDetails mayor = asAnnotator(() -> actors.create(ActorDraft.of("Mayor Ilse Vandenberg",
                ActorType.PERSON), DuplicateCheck.CREATE_ANYWAY));
        EventDetails vote = asAnnotator(() -> events.create(EventDraft.of("Council vote on the harbour tram",
                EventType.ELECTION)));
        String quote = "the tram will carry 30,000 passengers a day";
        String claimId = claimLinkedTo(mayor.id(), LocalDate.of(2025, 6, 3),
                "The mayor said " + quote + " from its first year.", quote, Verdict.FALSE, ActorRole.CLAIMANT);
        String sameDay = claimLinkedTo(mayor.id(), LocalDate.of(2025, 6, 3), "She added that fares would not rise.",
                "fares would not rise", Verdict.MISLEADING, ActorRole.CLAIMANT);
        String later = claimLinkedTo(mayor.id(), LocalDate.of(2025, 6, 5),
                "The mayor said she herself had never promised a date.", "she herself had never promised a date",
                Verdict.NOT_YET_RATED, ActorRole.CLAIMANT, ActorRole.SUBJECT);
        String articleId = jdbc.queryForObject("SELECT CAST(article_id AS VARCHAR) FROM claim WHERE id = ?",
                String.class, UUID.fromString(claimId));
        asAnnotator(() -> {
            ClaimDetails claim = claims.get(UUID.fromString(claimId));
            return claims.edit(claim.id(), claim.version(), ClaimEdit.of(claim).withEvents(List.of(vote.id())));
        });
        signInAs("annotator");

        open("/actors/" + mayor.id());
        WebElement entry = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#actor-claims .timeline-entry[data-claim-id='" + claimId + "']")));
        assertThat(entry.findElement(By.cssSelector(".verdict-badge")).getText()).isEqualTo("False");
        assertThat(entry.findElement(By.cssSelector(".verdict-badge")).getAttribute("class"))
                .contains("verdict-FALSE");
        assertThat(entry.getText()).contains("Claimant", quote, "The tram will carry 30,000 passengers a day.");
        WebElement article = entry.findElement(By.cssSelector("a.timeline-article"));
        assertThat(article.getAttribute("href")).endsWith("/articles/" + articleId + "?claim=" + claimId);

        // Newest first, grouped by date; a claim he is linked to in two roles is listed once, with both.
        assertThat(browser.findElements(By.cssSelector("#actor-claims .timeline-entry")))
                .extracting(element -> element.getAttribute("data-claim-id"))
                .containsExactlyInAnyOrder(later, claimId, sameDay)
                .startsWith(later);
        assertThat(browser.findElements(By.cssSelector("#actor-claims .timeline-date"))).extracting(WebElement::getText)
                .containsExactly("5 Jun 2025", "3 Jun 2025");
        assertThat(browser.findElement(By.cssSelector("#actor-claims [data-claim-id='" + later + "']")).getText())
                .contains("Not yet rated", "Claimant, Subject");
        screenshot("catalog-actor-claims");

        open("/events/" + vote.id());
        WebElement aboutIt = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#event-claims .timeline-entry[data-claim-id='" + claimId + "']")));
        assertThat(aboutIt.getText()).contains(quote).doesNotContain("Claimant");
        screenshot("catalog-event-claims");

        click(By.cssSelector("#event-claims a.timeline-article"));
        wait.until(ExpectedConditions.urlToBe(url("/articles/" + articleId + "?claim=" + claimId)));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#claim-list [data-claim-id='" + claimId + "'] .verdict-badge")));
        screenshot("catalog-article-opened-from-timeline");
    }

    @Test
    void anEditOverAColleaguesChangeIsRefusedAndTheTypedFormStays() throws IOException {
        ActorDetails ministry = asAnnotator(() -> actors.create(ActorDraft.of("Ministry of Defence of Ukraine",
                ActorType.ORGANISATION), DuplicateCheck.CREATE_ANYWAY));
        ActorDetails spokesman = asAnnotator(() -> actors.create(ActorDraft.of("Illia Yevlash", ActorType.PERSON),
                DuplicateCheck.CREATE_ANYWAY));
        signInAs("annotator");
        open("/actors/" + spokesman.id());
        wait.until(ExpectedConditions.textToBe(By.id("actor-title"), "Illia Yevlash"));
        openDialog("edit-actor", "actor-form");
        assertThat(field("actor-name").getAttribute("value")).isEqualTo("Illia Yevlash");

        // A name longer than Veritext stores is marked in the field, in the service's words, and nothing is cut.
        String tooLong = "Illia Yevlash, spokesman ".repeat(10).strip();
        paste(field("actor-name"), tooLong);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actor-name"),
                "Veritext takes at most 200"));
        click(By.id("actor-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actor-form-problem"),
                "The name is " + tooLong.length() + " characters long; Veritext takes at most 200."));
        assertThat(field("actor-name").getAttribute("value")).isEqualTo(tooLong);
        screenshot("catalog-actor-too-long");

        // Meanwhile a colleague saves the actor; saving over his change is refused, and the form keeps its values.
        type(field("actor-name"), "Illia Yevlash");
        pick(field("actor-affiliation"), "ministry", "Ministry of Defence of Ukraine");
        RunAs.run("manager", () -> actors.update(spokesman.id(), spokesman.version(),
                new ActorDraft("Illia Yevlash", ActorType.PERSON, List.of(), "Spokesman of the Air Force.", null,
                        null)));
        click(By.id("actor-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actor-form-problem"),
                "This actor was changed by Mia Manager since you opened it."));
        assertThat(browser.findElement(By.id("actor-form")).isDisplayed()).isTrue();
        assertThat(field("actor-affiliation").getAttribute("value")).isEqualTo("Ministry of Defence of Ukraine");
        screenshot("catalog-actor-edit-conflict");

        // Reloaded, the colleague's change shows, and the edit goes through.
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actor-facts"),
                "Spokesman of the Air Force."));
        openDialog("edit-actor", "actor-form");
        pick(field("actor-affiliation"), "ministry", "Ministry of Defence of Ukraine");
        click(By.id("actor-save"));
        WebElement affiliation = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#actor-facts a.actor-link")));
        assertThat(affiliation.getText()).isEqualTo("Ministry of Defence of Ukraine");
        assertThat(affiliation.getAttribute("href")).endsWith("/actors/" + ministry.id());
    }

    /**
     * Imports an article of {@code publishedOn} with this text, highlights {@code quote} in it, rates it, links
     * {@code actorId} to it in these roles, and returns the claim's id.
     */
    private String claimLinkedTo(UUID actorId, LocalDate publishedOn, String text, String quote, Verdict verdict,
                                 ActorRole... roles) {
        return asAnnotator(() -> {
            ArticleDetails article = articles.importArticle(cityDesk(), new NewArticle("Report " + UUID.randomUUID(), text,
                    null, "The Harbour Courier", publishedOn, "en"));
            int start = text.indexOf(quote);
            ClaimDetails claim = claims.create(article.id(), new TextSelection(start, start + quote.length(), quote),
                    "");
            ClaimDetails rated = claims.edit(claim.id(), claim.version(), ClaimEdit.of(claim)
                    .withRestatement(Character.toUpperCase(quote.charAt(0)) + quote.substring(1) + ".")
                    .withVerdict(verdict, verdict.isRated() ? "The operator's own plan says otherwise." : "")
                    .withActors(Arrays.stream(roles).map(role -> new ActorLinkDraft(actorId, role)).toList()));
            return rated.id().toString();
        });
    }

    private static <T> T asAnnotator(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        RunAs.run("annotator", () -> result.set(work.get()));
        return result.get();
    }

    /** Clicks the button that opens a dialog, and waits until the dialog has finished opening. */
    private void openDialog(String buttonId, String dialogId) {
        click(By.id(buttonId));
        wait.until(driver -> Boolean.TRUE.equals(js("""
                const dialog = document.getElementById(arguments[0]);
                return !!dialog && dialog.opened === true && !dialog.hasAttribute('opening')
                    && ![...(dialog.shadowRoot?.querySelectorAll('[opening]') ?? [])].length;
                """, dialogId)));
    }

    /** The input inside the Vaadin field with this id. */
    private WebElement field(String id) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
    }

    /** Opens the select with this id and chooses the option with this label. */
    private void choose(String selectId, String label) {
        click(By.id(selectId));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(selectId), label));
    }

    /** Types into a combo box and chooses the offered item with this text. */
    private void pick(WebElement comboInput, String typed, String itemText) {
        comboInput.sendKeys(typed);
        click(By.xpath("//vaadin-combo-box-item[contains(normalize-space(.), '" + itemText + "')]"));
        wait.until(driver -> comboInput.getAttribute("value").startsWith(itemText));
    }

    /** Waits until the grid's rendered cells show all these texts (rows render after the data arrives). */
    private void waitForGridText(String gridId, String... texts) {
        wait.until(driver -> Arrays.stream(texts).allMatch(gridText(gridId)::contains));
    }

    /** The text of the grid's visible cells. */
    private String gridText(String gridId) {
        return browser.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).reduce("", (all, cell) -> all + "\n" + cell);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
