package org.veritext.app.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.veritext.app.security.RunAs;
import org.veritext.core.article.ArticleDetails;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.anchor.TextSelection;
import org.veritext.app.testing.TestProjects;
import org.veritext.core.project.ProjectRole;
import org.veritext.core.user.AccountBootstrap;
import org.veritext.search.query.ClaimHit;
import org.veritext.search.query.ClaimSearch;
import org.veritext.search.query.QueryText;

/**
 * The whole application, started as in production (no demo profile) on a real database, and used over HTTP and
 * through its services. Subclasses choose the database: H2 in a file, or PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.productionMode=true")
abstract class RunningApplicationTest {

    private static final String FIRST_ADMIN = "admin";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountBootstrap accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimSearch search;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void migratesTheSchemaWithFlyway() {
        assertThat(jdbc.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE",
                String.class)).contains("1");
    }

    @Test
    void firstStartCreatesAnAdminWithARandomPasswordAndNoDefaultCredentials() {
        String hash = accounts.findForSignIn(FIRST_ADMIN).orElseThrow().getPasswordHash();

        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("admin", hash)).isFalse();
        assertThat(accounts.exists("annotator")).isFalse();
    }

    @Test
    void healthSaysOnlyUpOrDownToAnyone() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void everyRouteNeedsASignedInUserExceptLogin() throws Exception {
        for (String path : List.of("/", "/articles", "/articles/" + UUID.randomUUID(), "/search?q=putin", "/admin")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue("/login");
        }
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    /**
     * The longest query the search box takes, in the characters that take the most bytes, as its address and as
     * the page's start-up request (Vaadin repeats the address's query encoded once more) with the address as
     * Referer: answered like a short one, not refused with "Request header is too large" as by Tomcat's 8 KB default.
     */
    @Test
    void answersTheAddressOfTheLongestSearchLikeAShortOne() throws Exception {
        String longest = "\uD83D\uDE00".repeat(QueryText.MAX_CHARACTERS); // 4 UTF-8 bytes each

        assertThat(startUpPath(searchAddress(longest))).hasSizeGreaterThan(10_000);
        assertThat(statuses(longest)).isEqualTo(statuses("putin")).doesNotContain(400);
    }

    @Test
    void keepsEveryOtherEndpointClosed() throws Exception {
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator", "/h2-console")) {
            assertThat(get(path).statusCode()).as(path).isNotEqualTo(200);
        }
    }

    @Test
    void servesOurScriptsAndStylesToTheLoginPage() throws Exception {
        HttpResponse<String> script = get("/js/claim-text.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("customElements.define('claim-text'");
        assertThat(get("/css/veritext.css").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesASignedInUsersPostWithoutCsrfToken() throws Exception {
        String username = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(username, "Target", "a-long-password", false);
        BrowserLikeClient browser = new BrowserLikeClient(port);
        HttpResponse<String> login = browser.signIn(username, "a-long-password");
        assertThat(login.headers().firstValue("Location")).hasValue("/");

        HttpResponse<String> forgedLogout = browser.postForm("/logout", "");

        assertThat(forgedLogout.statusCode()).isEqualTo(403);
        assertThat(browser.get("/articles").statusCode()).isEqualTo(200);
    }

    @Test
    void sendsAWrongPasswordBackToTheLoginPage() throws Exception {
        HttpResponse<String> login = new BrowserLikeClient(port).signIn("admin", "not-the-password");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValue("/login?error");
    }

    @Test
    void storesAnnotatesAndFindsALongMultilingualArticle() {
        String username = "writer-" + UUID.randomUUID().toString().substring(0, 8);
        UUID writer = accounts.createAccount(username, "Writer", "a-long-password", false).getId();
        UUID project = TestProjects.join(jdbc, TestProjects.TEST_DESK, writer, ProjectRole.ANNOTATOR);
        String claimSentence = "Ankara said the talks would resume on 2 June \uD83D\uDD4A\uFE0F.";
        String text = "T\u00FCrkiye hosted the talks.\n\n\u0627\u0644\u0648\u0632\u064A\u0631 \u0642\u0627\u0644.\n\n"
                + claimSentence + "\n\n" + "Filler sentence for length. ".repeat(40_000);

        RunAs.run(username, () -> {
            ArticleDetails article = articles.importArticle(project, NewArticle.of("Long talks " + username, text));
            assertThat(articles.get(article.id()).text()).isEqualTo(text.strip());

            int start = text.indexOf(claimSentence);
            ClaimDetails claim = claims.create(article.id(),
                    new TextSelection(start, start + claimSentence.length(), claimSentence), "Talks resume 2 June");

            assertThat(claims.claimsOf(article.id())).containsExactly(claim);
            assertThat(search.search("ankara resume", 0, 10).hits()).extracting(ClaimHit::claimId)
                    .containsExactly(claim.id());
        });
    }

    /** The statuses of a search's address and of the page's start-up request for it, sent as the browser does. */
    private List<Integer> statuses(String query) throws IOException, InterruptedException {
        String address = searchAddress(query);
        HttpResponse<String> startUp = http.send(HttpRequest.newBuilder(uri(startUpPath(address)))
                .header("Referer", uri(address).toString()).GET().build(), HttpResponse.BodyHandlers.ofString());
        return List.of(get(address).statusCode(), startUp.statusCode());
    }

    private static String searchAddress(String query) {
        return "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** Vaadin's start-up request (Flow.js, flowInitUi) repeats the address's query, percent-encoded once more. */
    private static String startUpPath(String address) {
        return "/?v-r=init&location=search&query="
                + URLEncoder.encode(address.substring(address.indexOf('?') + 1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
