package org.veritext.app.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.veritext.core.user.AccountBootstrap;

/**
 * Requests a browser never sends by itself, or an attacker sends on purpose: each gets our own page with the right
 * status, never a framework's error page or a stack trace, and the log gets a line, not a trace.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class HostileRequestTest {

    private static final String OUR_PAGE = "<p class=\"brand\">Veritext</p>";
    private static final Pattern NONCE_IN_POLICY = Pattern.compile("script-src 'self' 'nonce-([^']+)'");

    @LocalServerPort
    int port;

    @Autowired
    AccountBootstrap accounts;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        Path dataDir = Path.of("target", "test-data", "hostile-" + UUID.randomUUID()).toAbsolutePath();
        registry.add("veritext.data-dir", dataDir::toString);
    }

    @Test
    void theErrorAddressOpenedDirectlyIsJustAPageThatDoesNotExist() throws Exception {
        BrowserLikeClient browser = signedInBrowser();

        HttpResponse<String> error = browser.get("/error");

        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.body()).contains(OUR_PAGE, "Page not found").doesNotContain("status", "timestamp");
    }

    @Test
    void aGarbledPercentEncodingGetsOurBadRequestPage(CapturedOutput log) throws Exception {
        String sessionCookie = signedInBrowser().sessionCookie();

        for (String garbled : List.of("%ED%A0%80", "%C0%AF", "%E0%A4%A", "%", "%zz")) {
            // Java's HTTP client refuses to send a malformed address, so this request is written by hand.
            String answer = rawGet("/search?q=" + garbled, "Cookie: " + sessionCookie);

            assertThat(answer).as(garbled).startsWith("HTTP/1.1 400")
                    .contains(OUR_PAGE, "This address cannot be read").doesNotContain("Whitelabel", "Exception");
        }
        assertThat(log.getAll()).doesNotContain("\tat org.");
    }

    @Test
    void anAddressFarOverTheLimitGetsOurPageSayingItIsTooLong(CapturedOutput log) throws Exception {
        HttpResponse<String> huge = signedInBrowser().get("/search?q=" + "a".repeat(200_000));

        assertThat(huge.statusCode()).isEqualTo(431);
        assertThat(huge.body()).contains(OUR_PAGE, "This address is too long").doesNotContain("Tomcat");
        assertThat(log.getAll()).doesNotContain("\tat org.");
    }

    @Test
    void anOversizeUploadIsRefusedBeforeItIsReadWithoutAStackTrace(CapturedOutput log) throws Exception {
        BrowserLikeClient browser = signedInBrowser();
        byte[] eightMegabytes = new byte[8 * 1024 * 1024];
        String boundary = "----hostile";
        byte[] multipart = multipart(boundary, eightMegabytes);

        HttpResponse<String> withLength = browser.send(HttpRequest.newBuilder(browser.uri("/articles"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart)).build());
        HttpResponse<String> chunked = browser.send(HttpRequest.newBuilder(browser.uri("/articles"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(multipart))).build());

        for (HttpResponse<String> refused : List.of(withLength, chunked)) {
            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(refused.body()).contains(OUR_PAGE, "Too large");
        }
        assertThat(log.getAll()).contains("Refused a").doesNotContain("SizeLimitExceededException", "\tat org.");
    }

    @Test
    void anAddressThatLeadsNowhereAnswers404NotAPageWith200() throws Exception {
        HttpResponse<String> nowhere = signedInBrowser().get("/no/such/page");

        assertThat(nowhere.statusCode()).isEqualTo(404);
    }

    @Test
    void pagesCarryAContentSecurityPolicyWhoseNonceIsOnEveryInlineScriptOfThePage() throws Exception {
        BrowserLikeClient browser = signedInBrowser();

        for (String path : List.of("/login", "/articles")) {
            HttpResponse<String> page = browser.get(path);
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            Matcher nonce = NONCE_IN_POLICY.matcher(policy);
            assertThat(nonce.find()).as(policy).isTrue();
            assertThat(policy).contains("object-src 'none'", "frame-ancestors 'none'").doesNotContain("script-src 'self' 'unsafe-inline'");

            List<String> inlineScripts = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(page.body())
                    .results().map(match -> match.group()).toList();
            assertThat(inlineScripts).as(path).isNotEmpty()
                    .allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce.group(1) + "\""));
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
        }
        assertThat(browser.get("/articles").headers().firstValue("Content-Security-Policy"))
                .as("a fresh nonce per page").isNotEqualTo(browser.get("/articles").headers()
                        .firstValue("Content-Security-Policy"));
    }

    @Test
    void ourStaticScriptsMayBeCachedUnlikePages() throws Exception {
        HttpResponse<String> script = new BrowserLikeClient(port).get("/js/claim-text.js");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().allValues("Cache-Control")).noneMatch(value -> value.contains("no-store"));
    }

    @Test
    void redirectsNeverNameTheHostFromTheHostHeader() throws Exception {
        // Java's HTTP client will not send a forged Host header, so this request is written by hand.
        String answer = rawGet("/articles", "Host: evil.example");

        assertThat(answer).startsWith("HTTP/1.1 302").containsIgnoringCase("\r\nLocation: /login\r\n")
                .doesNotContain("evil.example");
    }

    @Test
    void theSignInFormNeedsTheCsrfTokenOfItsPage() throws Exception {
        String username = newAccount();
        BrowserLikeClient forger = new BrowserLikeClient(port);

        HttpResponse<String> forged = forger.postForm("/login", "username=" + username + "&password=a-long-password");

        assertThat(forged.headers().firstValue("Location")).hasValue("login?expired");
        assertThat(forger.get("/articles").headers().firstValue("Location")).as("still signed out").hasValue("/login");

        BrowserLikeClient browser = new BrowserLikeClient(port);
        assertThat(browser.signIn(username, "a-long-password").headers().firstValue("Location")).hasValue("/");
        assertThat(browser.get("/articles").statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedWrongPasswordsAreLoggedAndThenSlowedDownEvenForTheRightOne(CapturedOutput log) throws Exception {
        String username = newAccount();
        BrowserLikeClient guesser = new BrowserLikeClient(port);

        for (int i = 1; i <= 5; i++) {
            assertThat(guesser.signIn(username, "guess-" + i).headers().firstValue("Location"))
                    .hasValue("/login?error");
        }
        HttpResponse<String> throttled = guesser.signIn(username, "a-long-password");

        assertThat(throttled.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).matches("login\\?throttled=\\d+"));
        assertThat(guesser.get("/articles").headers().firstValue("Location")).as("not signed in").hasValue("/login");
        assertThat(log.getAll()).contains("Failed sign-in for account '" + username + "' from 127.0.0.1",
                "failure 5 for this account", "Throttled sign-in for account '" + username + "'");
    }

    /** A GET written by hand, for what Java's HTTP client refuses to send; the whole answer, head and body. */
    private String rawGet(String pathAndQuery, String header) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            String host = header.startsWith("Host:") ? "" : "Host: localhost:" + port + "\r\n";
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\n" + host + header
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private BrowserLikeClient signedInBrowser() throws Exception {
        String username = newAccount();
        BrowserLikeClient browser = new BrowserLikeClient(port);
        assertThat(browser.signIn(username, "a-long-password").headers().firstValue("Location")).hasValue("/");
        return browser;
    }

    private String newAccount() {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(username, "Test user", "a-long-password", false);
        return username;
    }

    private static byte[] multipart(String boundary, byte[] content) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }
}
