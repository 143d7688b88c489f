package org.veritext.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.veritext.app.security.RunAs;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ClaimService;

/**
 * "Checked before?" as a fact-checker meets it: he highlights a claim that says in other words what the team checked
 * in another article, sees the earlier claim offered before saving anything else, marks his as a repeat of it, and
 * the link shows on both claims.
 */
class CheckedBeforeEndToEndTest extends BrowserTest {

    private static final String EARLIER = "The vaccine causes infertility in women.";
    private static final String LATER = "getting the jab makes females unable to have children";

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Test
    void aClaimInOtherWordsIsOfferedAsCheckedBeforeAndMarkedAsARepeatBothWays() throws java.io.IOException {
        String token = UUID.randomUUID().toString();
        UUID[] earlier = new UUID[2];
        RunAs.run("annotator", () -> {
            UUID first = articles.importArticle(cityDesk(), NewArticle.of("Health scare " + token,
                    "Officials were asked about a rumour. " + EARLIER + " Ref " + token)).id();
            int start = ("Officials were asked about a rumour. ").length();
            earlier[0] = claims.create(first, new TextSelection(start, start + EARLIER.length(), EARLIER), "").id();
            earlier[1] = articles.importArticle(cityDesk(), NewArticle.of("Viral post " + token,
                    "A post shared widely said " + LATER + ", and thousands liked it. Ref " + token)).id();
        });
        UUID earlierClaim = earlier[0];
        UUID secondArticle = earlier[1];

        signInAs("annotator");
        open("/articles/" + secondArticle);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
        js("document.getElementById('article-text').focus()");
        selectInText(browser, LATER);
        new Actions(browser).sendKeys(Keys.ENTER).perform(); // the new claim, nothing else typed yet

        By offered = By.cssSelector("#checked-before .checked-before-entry[data-claim-id='" + earlierClaim + "']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(offered));
        screenshot("checked-before-offered");
        UUID laterClaim = wait.until(driver -> jdbcClaimId(secondArticle));

        click(By.cssSelector("#checked-before .checked-before-entry[data-claim-id='" + earlierClaim + "'] "
                + ".checked-before-mark"));
        wait.until(driver -> earlierClaim.toString().equals(jdbc.queryForObject(
                "SELECT CAST(repeat_of_id AS VARCHAR(36)) FROM claim WHERE id = ?", String.class, laterClaim)));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#claim-repeats .claim-repeat-of[data-claim-id='" + earlierClaim + "']")));

        // The other way: the earlier claim lists this one as a repeat.
        open("/articles/" + jdbc.queryForObject("SELECT CAST(article_id AS VARCHAR(36)) FROM claim WHERE id = ?",
                String.class, earlierClaim) + "?claim=" + earlierClaim);
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#claim-repeats .claim-repeated-by[data-claim-id='" + laterClaim + "']")));
        screenshot("checked-before-repeated-in");
    }

    private UUID jdbcClaimId(UUID articleId) {
        return jdbc.queryForList("SELECT id FROM claim WHERE article_id = ?", UUID.class, articleId).stream()
                .findFirst().orElse(null);
    }
}
