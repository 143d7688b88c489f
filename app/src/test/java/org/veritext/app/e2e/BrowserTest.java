package org.veritext.app.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.veritext.app.testing.TestProjects;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.veritext.app.browser.HeadlessChromium;
import org.veritext.app.browser.RequiresChromium;

/**
 * End-to-end tests in a real headless Chromium against the running application: demo profile (its accounts), H2 in
 * a file, production mode. Subclasses share one application; each has its own browser. They drive the UI through
 * the stable element ids only.
 */
@RequiresChromium
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
abstract class BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path DATA_DIR = Path.of("target", "test-data", "e2e-" + UUID.randomUUID()).toAbsolutePath();

    static WebDriver browser;
    static WebDriverWait wait;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** The demo project where annotator, reviewer and manager work. */
    UUID cityDesk() {
        return TestProjects.named(jdbc, TestProjects.CITY_DESK);
    }

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("veritext.data-dir", DATA_DIR::toString);
    }

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void signInAs(String demoUser) {
        signInAs(browser, demoUser);
    }

    /** Signs a demo user in, in the given browser (a test may drive a second one, as a colleague). */
    void signInAs(WebDriver driver, String demoUser) {
        WebDriverWait patience = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        WebElement name = patience.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name=username]")));
        name.sendKeys(demoUser);
        WebElement password = driver.findElement(By.cssSelector("vaadin-login-form input[name=password]"));
        password.sendKeys(demoUser, Keys.ENTER); // demo passwords are the names
        patience.until(ExpectedConditions.elementToBeClickable(By.id("my-account")));
        // Tests start where they did before home became "My work": at the article list.
        driver.get("http://localhost:" + port + "/articles");
        patience.until(ExpectedConditions.presenceOfElementLocated(By.id("article-grid")));
    }

    /** Selects the first occurrence of {@code quote} within one text node of the article text, as a drag would. */
    static void selectInText(WebDriver driver, String quote) {
        ((JavascriptExecutor) driver).executeScript("""
                const quote = arguments[0];
                const root = document.getElementById('article-text');
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                let node;
                while ((node = walker.nextNode())) {
                    const at = node.data.indexOf(quote);
                    if (at >= 0) {
                        const range = document.createRange();
                        range.setStart(node, at);
                        range.setEnd(node, at + quote.length);
                        const selection = document.getSelection();
                        selection.removeAllRanges();
                        selection.addRange(range);
                        root.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                        return;
                    }
                }
                throw new Error('quote not found in one text node');
                """, quote);
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    String currentPath() {
        return browser.getCurrentUrl().replace("http://localhost:" + port, "");
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** Puts text into a field as a paste does: at once, followed by the events Vaadin listens to. */
    void paste(WebElement field, String text) {
        js("""
                const field = arguments[0];
                field.value = arguments[1];
                field.dispatchEvent(new Event('input', {bubbles: true}));
                field.dispatchEvent(new Event('change', {bubbles: true}));
                """, field, text);
    }

    /**
     * Puts text into a field as the browser's own paste does: through its editing commands, so that a
     * {@code maxlength} on the field would cut it, as it cuts a real paste. Then leaves the field, which sends the value.
     */
    void pasteThroughTheEditor(WebElement field, String text) {
        js("""
                const field = arguments[0];
                field.focus();
                field.select();
                document.execCommand('insertText', false, arguments[1]);
                field.dispatchEvent(new Event('change', {bubbles: true}));
                """, field, text);
    }

    /** The text of the error notification shown now (waiting for it). */
    String errorNotification() {
        return wait.until(driver -> {
            Object text = js("""
                    const card = [...document.querySelectorAll('vaadin-notification-card')]
                        .find(c => c.getAttribute('theme')?.includes('error'));
                    return card ? card.innerText : null;
                    """);
            return text instanceof String s && !s.isBlank() ? s : null;
        });
    }

    Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    void screenshot(String name) throws IOException {
        screenshot(browser, name);
    }

    static void screenshot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
