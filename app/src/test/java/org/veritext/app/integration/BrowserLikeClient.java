package org.veritext.app.integration;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client that keeps cookies and does not follow redirects, so tests see exactly what a browser is told.
 * {@link #signIn} goes through the sign-in page as a browser does: it reads the CSRF token from the page first.
 */
final class BrowserLikeClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies).build();

    BrowserLikeClient(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the sign-in page and posts its form with the page's CSRF token; returns the answer to the post. */
    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return postForm("/login", "_csrf=" + encode(csrfTokenOfSignInPage()) + "&username=" + encode(username)
                + "&password=" + encode(password));
    }

    String csrfTokenOfSignInPage() throws IOException, InterruptedException {
        Matcher token = CSRF_META.matcher(get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("The sign-in page has no CSRF token");
        }
        return token.group(1);
    }

    /** The session cookie as a {@code Cookie} header value, for requests written by hand. */
    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(cookie -> "JSESSIONID=" + cookie.getValue()).findFirst().orElseThrow();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
