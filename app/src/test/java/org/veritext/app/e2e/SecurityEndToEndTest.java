package org.veritext.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Content-Security-Policy in a real browser: Veritext works under it (nothing of ours is blocked while
 * annotating), and a script that finds its way into a page does not run.
 */
class SecurityEndToEndTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSharedLinkOpenedSignedOutLeadsThroughSignInToThatPage() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/search?q=tram");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name=username]"))).sendKeys("annotator");
        browser.findElement(By.cssSelector("vaadin-login-form input[name=password]"))
                .sendKeys("annotator", org.openqa.selenium.Keys.ENTER);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-results")));
        assertThat(currentPath()).startsWith("/search?q=tram");
    }

    @Test
    void theAppWorksUnderItsContentSecurityPolicyAndAnInjectedScriptIsBlocked() {
        signInAs("annotator");
        String demoArticle = jdbc.queryForObject("SELECT id FROM article WHERE title LIKE 'Harbour council%'",
                String.class);
        open("/articles/" + demoArticle);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark[data-claim-id]")));
        click(By.cssSelector("#article-text mark[data-claim-id]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-restatement")));
        open("/search?q=tram");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results .search-result")));
        assertThat(contentSecurityPolicyViolations()).as("nothing of Veritext's own is blocked").isEmpty();

        js("""
                window.violations = [];
                document.addEventListener('securitypolicyviolation', e => window.violations.push(e.violatedDirective));
                const script = document.createElement('script');
                script.textContent = 'window.injected = "script"';
                document.body.append(script);
                const image = document.createElement('img');
                image.setAttribute('onerror', 'window.injected = "handler"');
                image.src = 'data:,not-an-image';
                document.body.append(image);
                """);

        wait.until(driver -> ((List<?>) js("return window.violations")).size() >= 2);
        assertThat(js("return window.injected === undefined")).isEqualTo(true);
        assertThat(contentSecurityPolicyViolations()).isNotEmpty();
    }

    private List<String> contentSecurityPolicyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }
}
