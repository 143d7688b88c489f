package org.veritext.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.veritext.app.browser.HeadlessChromium;
import org.veritext.app.security.RunAs;
import org.veritext.app.testing.TestProjects;
import org.veritext.core.project.ProjectDetails;
import org.veritext.core.project.ProjectRole;
import org.veritext.core.project.ProjectService;
import org.veritext.core.user.AccountDetails;
import org.veritext.core.user.UserAccountService;

/**
 * Users and projects, in a real headless Chromium: an admin makes an account and puts it in a project, the new
 * colleague sees that project's work and nothing else, changes his password, and is stopped when the admin disables
 * him; whoever is no admin finds no user administration; a manager adds a member, and the last manager cannot leave.
 *
 * <p>Elements, beside the ids in the README: {@code users-grid}, {@code user-create} (dialog
 * {@code user-create-dialog} with {@code user-username}, {@code user-display-name}, {@code user-password},
 * {@code user-generate-password}, {@code user-generated-password}, {@code user-admin}, {@code user-save},
 * {@code user-form-problem}); in each row buttons with {@code data-user=<username>} and the classes
 * {@code user-enable-toggle} (Disable/Enable, confirmed in {@code user-disable-confirm} by
 * {@code user-disable-confirm-button}), {@code user-admin-toggle}, {@code user-reset-password} (dialog
 * {@code user-reset-dialog}) and {@code user-rename} (dialog {@code user-rename-dialog}). Projects:
 * {@code projects-grid}, {@code project-create} (dialog {@code project-form}: {@code project-name},
 * {@code project-description}, {@code project-save}); a project's page {@code project-title}, {@code project-my-role},
 * {@code project-articles}, {@code project-edit}, {@code project-members} with, per row, {@code member-role-select}
 * and {@code member-remove} carrying {@code data-user} (removal confirmed by {@code member-remove-confirm-button}),
 * {@code member-add} (dialog {@code member-dialog}: {@code member-user}, {@code member-role}, {@code member-save}).
 * My account: {@code account-name}, {@code account-username}, {@code account-projects}, {@code password-current},
 * {@code password-new}, {@code password-repeat}, {@code password-save}, {@code password-problem}.
 */
class UsersAndProjectsEndToEndTest extends BrowserTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    ProjectService projects;

    @Test
    void anAdminBringsInAColleagueWhoWorksInHisProjectOnlyInTheRoleHisManagerGivesHim() throws IOException {
        String username = "reporter-" + suffix();
        String projectName = "Tram desk " + suffix();
        signInAs("admin");
        open("/admin/users");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("users-grid")));

        // Refused input is said in the form, and what was typed stays.
        openDialog("user-create", "user-create-dialog");
        type(field("user-username"), "reviewer");
        type(field("user-display-name"), "Rita Reporter");
        type(field("user-password"), "short");
        click(By.id("user-save"));
        wait.until(ExpectedConditions.textToBe(By.id("user-form-problem"), "A password needs at least 10 characters."));
        click(By.id("user-generate-password"));
        String password = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-generated-password")))
                .getText();
        assertThat(password).hasSize(16);
        assertThat(field("user-password").getAttribute("value")).isEqualTo(password);
        click(By.id("user-save"));
        wait.until(ExpectedConditions.textToBe(By.id("user-form-problem"),
                "The username reviewer is taken. Choose another."));
        assertThat(field("user-display-name").getAttribute("value")).isEqualTo("Rita Reporter");
        screenshot("users-create-refused");
        type(field("user-username"), username);
        click(By.id("user-save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("user-create-dialog")));
        waitForGridText("users-grid", username, "Rita Reporter", "Enabled", "not yet");
        assertThat(browser.findElement(By.tagName("body")).getText()).as("the password is shown once, in the form")
                .doesNotContain(password);
        screenshot("users-grid");

        // He creates a project, becomes its manager, and puts the new colleague in it as an annotator.
        open("/projects");
        openDialog("project-create", "project-form");
        type(field("project-name"), projectName);
        browser.findElement(By.cssSelector("#project-description textarea")).sendKeys("Night trams, checked.");
        click(By.id("project-save"));
        wait.until(ExpectedConditions.textToBe(By.id("project-title"), projectName));
        assertThat(browser.findElement(By.id("project-my-role")).getText()).isEqualTo("Manager");
        String projectPath = currentPath();
        assertThat(projectPath).matches("/projects/[0-9a-f-]{36}");
        UUID project = UUID.fromString(projectPath.substring("/projects/".length()));
        openDialog("member-add", "member-dialog");
        pick(field("member-user"), "Rita", "Rita Reporter");
        choose("member-role", "Annotator");
        click(By.id("member-save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("member-dialog")));
        waitForChosen(memberRole(username), "Annotator");
        screenshot("project-members-as-manager");

        WebDriver colleague = HeadlessChromium.start();
        try {
            WebDriverWait patience = new WebDriverWait(colleague, Duration.ofSeconds(20));
            signIn(colleague, username, password);
            patience.until(ExpectedConditions.presenceOfElementLocated(By.id("my-account")));

            // He sees his project with his role, and no other; there is no user administration for him.
            colleague.get(url("/projects"));
            patience.until(driver -> gridText(driver, "projects-grid").contains(projectName));
            assertThat(gridText(colleague, "projects-grid")).contains("Annotator").doesNotContain("City desk");
            assertThat(colleague.findElements(By.id("project-create"))).isEmpty();
            colleague.get(url("/admin/users"));
            patience.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Page not found"));
            assertThat(colleague.findElements(By.id("users-grid"))).isEmpty();
            screenshot(colleague, "admin-users-as-non-admin");

            // His manager makes him a reviewer: the database and his pages say so.
            choose(memberRole(username), "Reviewer");
            waitForChosen(memberRole(username), "Reviewer");
            wait.until(driver -> "REVIEWER".equals(jdbc.queryForObject("SELECT role FROM project_member m JOIN "
                    + "user_account u ON u.id = m.user_id WHERE m.project_id = ? AND u.username = ?", String.class,
                    project, username)));
            colleague.get(url(projectPath));
            patience.until(ExpectedConditions.textToBe(By.id("project-my-role"), "Reviewer"));
            assertThat(colleague.findElement(By.id("project-description-text")).getText())
                    .isEqualTo("Night trams, checked.");
            assertThat(colleague.findElements(By.id("member-add"))).as("a reviewer does not manage members").isEmpty();
            assertThat(colleague.findElements(By.cssSelector("#project-members .member-remove"))).isEmpty();
            assertThat(colleague.findElements(By.cssSelector("#project-members vaadin-select"))).isEmpty();

            // His account shows his project and role; a wrong current password or a mistyped repetition is refused
            // and what he typed stays.
            colleague.get(url("/account"));
            patience.until(ExpectedConditions.textToBe(By.id("account-username"), username));
            assertThat(colleague.findElement(By.id("account-name")).getText()).isEqualTo("Rita Reporter");
            assertThat(colleague.findElement(By.id("account-projects")).getText()).contains(projectName, "Reviewer");
            String newPassword = "tram lines at midnight";
            colleague.findElement(By.cssSelector("#password-current input")).sendKeys("not my password");
            colleague.findElement(By.cssSelector("#password-new input")).sendKeys(newPassword);
            colleague.findElement(By.cssSelector("#password-repeat input")).sendKeys("tram lines at noon");
            colleague.findElement(By.id("password-save")).click();
            patience.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password-problem"),
                    "The new password and its repetition differ."));
            WebElement repeat = colleague.findElement(By.cssSelector("#password-repeat input"));
            repeat.clear();
            repeat.sendKeys(newPassword);
            colleague.findElement(By.id("password-save")).click();
            patience.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password-problem"),
                    "Your current password is not right."));
            assertThat(colleague.findElement(By.cssSelector("#password-new input")).getAttribute("value"))
                    .isEqualTo(newPassword);
            screenshot(colleague, "account-password-refused");
            WebElement current = colleague.findElement(By.cssSelector("#password-current input"));
            current.clear();
            current.sendKeys(password);
            colleague.findElement(By.id("password-save")).click();
            patience.until(driver -> "".equals(driver.findElement(By.cssSelector("#password-new input"))
                    .getDomProperty("value")));
            assertThat(colleague.findElement(By.id("password-problem")).isDisplayed()).isFalse();

            // The new password signs him in; the first one no longer does.
            signIn(colleague, username, password);
            patience.until(ExpectedConditions.urlContains("login?error"));
            signIn(colleague, username, newPassword);
            patience.until(ExpectedConditions.presenceOfElementLocated(By.id("my-account")));

            // The admin disables him: his next click is refused, and he cannot sign in again.
            open("/admin/users");
            click(userAction("user-enable-toggle", username));
            click(By.id("user-disable-confirm-button"));
            wait.until(driver -> rowText(username).contains("Disabled"));
            assertThat(browser.findElement(userAction("user-enable-toggle", username)).getText()).isEqualTo("Enable");
            screenshot("users-grid-disabled");

            colleague.findElement(By.cssSelector(".main-nav a[href='projects']")).click();
            patience.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Your account was disabled. Ask an admin."));
            screenshot(colleague, "disabled-user-refused");
            signIn(colleague, username, newPassword);
            patience.until(ExpectedConditions.urlContains("login?error"));
        } finally {
            colleague.quit();
        }

        // Someone who is not in the project finds nothing at its address.
        signInAs("annotator");
        open(projectPath);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Not found"));
        assertThat(browser.findElements(By.id("project-members"))).isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(projectName);
    }

    @Test
    void whoIsNoAdminFindsNoUserAdministrationNoOtherProjectAndNoWayToCreateOne() {
        signInAs("reviewer");
        open("/admin/users");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Page not found"));
        assertThat(browser.findElements(By.id("users-grid"))).isEmpty();

        open("/projects");
        wait.until(driver -> gridText(driver, "projects-grid").contains("City desk"));
        assertThat(gridText(browser, "projects-grid")).contains("Reviewer").doesNotContain("Water investigation");
        assertThat(browser.findElements(By.id("project-create"))).isEmpty();

        open("/projects/" + TestProjects.named(jdbc, "Water investigation"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Not found"));
        assertThat(browser.findElements(By.id("project-members"))).isEmpty();

        open("/projects/" + cityDesk());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("project-members")));
        assertThat(browser.findElements(By.id("member-add"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#project-members .member-remove"))).isEmpty();
    }

    @Test
    void theLastAdminCannotStepDownNorDisableHimself() throws IOException {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_account WHERE admin AND enabled", Long.class))
                .as("the demo has one admin").isEqualTo(1);
        signInAs("admin");
        open("/admin/users");
        wait.until(driver -> rowText("admin").contains("you"));
        assertThat(browser.findElements(userAction("user-enable-toggle", "admin"))).isEmpty();

        click(userAction("user-admin-toggle", "admin"));
        assertThat(errorNotification()).contains("This is the last admin. Make someone else admin first.");
        assertThat(jdbc.queryForObject("SELECT admin FROM user_account WHERE username = 'admin'", Boolean.class))
                .isTrue();
        screenshotWhenSettled("users-last-admin-refused");
    }

    @Test
    void aManagerAddsAMemberAndTheLastManagerCannotLeave() throws IOException {
        String helper = "helper-" + suffix();
        String projectName = "Night desk " + suffix();
        UUID manager = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'manager'", UUID.class);
        AccountDetails hugo = asAdmin(() -> accounts.create(helper, "Hugo Helper", "a long first password", false));
        ProjectDetails created = asAdmin(() -> projects.create(projectName, "Late checks, after the evening edition."));
        UUID nightDesk = created.id();
        asAdmin(() -> projects.setMember(nightDesk, created.version(), manager, ProjectRole.MANAGER));

        signInAs("manager");
        open("/projects");
        wait.until(driver -> gridText(driver, "projects-grid").contains(projectName));
        assertThat(browser.findElements(By.id("project-create"))).isEmpty();
        click(By.xpath("//vaadin-grid[@id='projects-grid']//a[normalize-space(.)='" + projectName + "']"));
        wait.until(ExpectedConditions.textToBe(By.id("project-title"), projectName));
        assertThat(currentPath()).isEqualTo("/projects/" + nightDesk);
        assertThat(browser.findElement(By.id("project-description-text")).getText())
                .isEqualTo("Late checks, after the evening edition.");

        openDialog("member-add", "member-dialog");
        pick(field("member-user"), "Hugo", "Hugo Helper");
        choose("member-role", "Annotator");
        click(By.id("member-save"));
        waitForChosen(memberRole(helper), "Annotator");
        assertThat(hugo.id()).isNotNull();

        // Two managers: the other one may go.
        click(By.cssSelector("#project-members .member-remove[data-user='admin']"));
        click(By.id("member-remove-confirm-button"));
        wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#project-members .member-remove[data-user='admin']"), 0));

        // The last manager may neither leave nor step down: the service says why, the page shows him as he is.
        WebElement removeManager = browser.findElement(
                By.cssSelector("#project-members .member-remove[data-user='manager']"));
        removeManager.click();
        click(By.id("member-remove-confirm-button"));
        wait.until(ExpectedConditions.stalenessOf(removeManager)); // the page shows the project as it is again
        assertThat(errorNotification()).contains("A project needs a manager: make someone else manager first.");
        assertThat(browser.findElements(By.cssSelector("#project-members .member-remove[data-user='manager']")))
                .hasSize(1);
        screenshotWhenSettled("project-last-manager-refused");
        WebElement refusedSelect = browser.findElement(memberRole("manager"));
        choose(memberRole("manager"), "Reviewer");
        wait.until(ExpectedConditions.stalenessOf(refusedSelect)); // the page shows the project as it is again
        assertThat(errorNotification()).contains("A project needs a manager");
        waitForChosen(memberRole("manager"), "Manager");
        assertThat(jdbc.queryForObject("SELECT role FROM project_member WHERE project_id = ? AND user_id = ?",
                String.class, nightDesk, manager)).isEqualTo("MANAGER");

        // The project's link leads to its articles only.
        click(By.id("project-articles"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-project"), projectName));
        assertThat(currentPath()).isEqualTo("/articles?project=" + nightDesk);

        // The admin still manages the project he left, marked as one he is not a member of.
        signInAs("admin");
        open("/projects");
        wait.until(driver -> gridText(driver, "projects-grid").contains(projectName));
        assertThat(projectRow(projectName)).contains("Not a member");
        screenshot("projects-as-admin");
        open("/projects/" + nightDesk);
        wait.until(ExpectedConditions.textToBe(By.id("project-my-role"), "Not a member"));
        assertThat(browser.findElements(By.id("member-add"))).hasSize(1);
        assertThat(browser.findElements(By.id("project-articles"))).isEmpty();
    }

    // ---- Steps ----

    /** Takes a screenshot once notifications have finished sliding in. */
    private void screenshotWhenSettled(String name) throws IOException {
        wait.until(driver -> Boolean.TRUE.equals(js(
                "return !document.querySelector('vaadin-notification-card[opening], vaadin-dialog[opening]')")));
        screenshot(name);
    }

    /** Signs in with a password that is not the username (signInAs knows only the demo's); waits for nothing. */
    private void signIn(WebDriver driver, String username, String password) {
        WebDriverWait patience = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        patience.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name=username]"))).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(password, Keys.ENTER);
    }

    /** Clicks the button that opens a dialog, and waits until the dialog has finished opening. */
    private void openDialog(String buttonId, String dialogId) {
        click(By.id(buttonId));
        wait.until(driver -> Boolean.TRUE.equals(js("""
                const dialog = document.getElementById(arguments[0]);
                return !!dialog && dialog.opened === true && !dialog.hasAttribute('opening');
                """, dialogId)));
    }

    /** The input inside the Vaadin field with this id. */
    private WebElement field(String id) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
    }

    /** Opens the select with this id and chooses the option with this label. */
    private void choose(String selectId, String label) {
        choose(By.id(selectId), label);
        waitForChosen(By.id(selectId), label);
    }

    /**
     * Opens the select with a click, as a user does, and clicks the option with this label in its list. The option is
     * looked up among this select's own items: a grid holds one select per row, each with the same labels.
     */
    private void choose(By select, String label) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(select));
        element.click();
        wait.until(driver -> Boolean.TRUE.equals(js("return arguments[0].opened === true", element)));
        Object chosen = js("""
                const item = [...arguments[0].querySelectorAll('vaadin-select-item')]
                    .find(candidate => candidate.textContent.trim() === arguments[1]);
                if (item) {
                    item.click();
                }
                return !!item;
                """, element, label);
        assertThat(chosen).as("the select offers " + label).isEqualTo(true);
    }

    /**
     * Waits until the select shows this choice. (The select's own text holds every option's label: only its value
     * button says which one is chosen.)
     */
    private void waitForChosen(By select, String label) {
        wait.until(driver -> {
            try {
                return label.equals(js("return arguments[0].querySelector('vaadin-select-value-button')"
                        + "?.textContent.trim()", driver.findElement(select)));
            } catch (NoSuchElementException | StaleElementReferenceException rendering) {
                return false;
            }
        });
    }

    /** Types into a combo box and chooses the offered item with this text. */
    private void pick(WebElement comboInput, String typed, String itemText) {
        comboInput.sendKeys(typed);
        click(By.xpath("//vaadin-combo-box-item[contains(normalize-space(.), '" + itemText + "')]"));
        wait.until(driver -> comboInput.getAttribute("value").startsWith(itemText));
    }

    private static By userAction(String className, String username) {
        return By.cssSelector("#users-grid vaadin-button." + className + "[data-user='" + username + "']");
    }

    private static By memberRole(String username) {
        return By.cssSelector("#project-members vaadin-select.member-role-select[data-user='" + username + "']");
    }

    private void waitForGridText(String gridId, String... texts) {
        wait.until(driver -> {
            String shown = gridText(driver, gridId);
            for (String text : texts) {
                if (!shown.contains(text)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The text of the grid's rendered cells. */
    private static String gridText(WebDriver driver, String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).reduce("", (all, cell) -> all + "\n" + cell);
    }

    /** The text of the users grid's row for this username. */
    private String rowText(String username) {
        return rowTextOf(By.cssSelector("#users-grid [data-user='" + username + "']"));
    }

    private String projectRow(String projectName) {
        return rowTextOf(By.xpath("//vaadin-grid[@id='projects-grid']//a[normalize-space(.)='" + projectName + "']"));
    }

    /**
     * The text of the grid row holding the element {@code inRow} finds, cell by cell. A grid's cells live in its
     * light DOM, each slotted into the row of the grid's shadow DOM it belongs to.
     */
    private String rowTextOf(By inRow) {
        try {
            return String.valueOf(js("""
                    const slot = arguments[0].closest('vaadin-grid-cell-content').assignedSlot;
                    return [...slot.closest('tr').querySelectorAll('slot')]
                        .map(s => s.assignedElements().map(e => e.innerText).join(' ')).join(' | ');
                    """, browser.findElement(inRow)));
        } catch (NoSuchElementException | StaleElementReferenceException notRenderedYet) {
            return "";
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> T asAdmin(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        RunAs.run("admin", () -> result.set(work.get()));
        return result.get();
    }
}
