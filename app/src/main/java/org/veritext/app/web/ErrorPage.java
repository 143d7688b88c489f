package org.veritext.app.web;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.HtmlUtils;

/**
 * The page a browser gets when a request fails before (or outside) the Vaadin UI: a malformed or overlong address,
 * a body that is too large, a forbidden or unknown endpoint. One plain page in Veritext's colours with the right
 * status, a sentence a fact-checker understands and a way back; never a stack trace, never a framework's default
 * page. It needs no script and no stylesheet, so it renders even when nothing else of the app can be served.
 */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static byte[] html(int status, String reference) {
        Text text = textFor(status);
        String detail = reference == null ? text.detail()
                : text.detail() + " If it happens again, give your admin the reference " + reference + ".";
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>%s · Veritext</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <style>
                body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;background:#fbfaf7;color:#1f2a37;margin:0}
                main{max-width:36rem;margin:12vh auto;padding:0 1.5rem}
                h1{color:#1f3a5f;font-size:1.6rem}
                .brand{font-weight:700;color:#1f3a5f;letter-spacing:.02em}
                a{color:#1a62c9}
                </style></head>
                <body><main><p class="brand">Veritext</p><h1>%s</h1><p>%s</p>
                <p><a href="/articles">Go to the articles</a></p><p><small>HTTP %d</small></p></main></body></html>
                """.formatted(escape(text.title()), escape(text.title()), escape(detail), status)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private static Text textFor(int status) {
        return switch (status) {
            case 400 -> new Text("This address cannot be read",
                    "Part of the address is not valid (a link cut short, mistyped or garbled by another program?). "
                            + "Check the link, or start again from the articles.");
            case 401, 403 -> new Text("Not allowed",
                    "You may not open this, or your sign-in has expired. Reload the page or sign in again.");
            case 404 -> new Text("Page not found",
                    "There is nothing at this address. It may have been mistyped, or what was here was removed.");
            case 405 -> new Text("Not possible here", "This address does not take that kind of request.");
            case 413 -> new Text("Too large",
                    "What was sent is larger than Veritext accepts. Files can be at most 5 MB.");
            case 414, 431 -> new Text("This address is too long",
                    "The address or the request is longer than Veritext accepts. Shorten the search, or start again "
                            + "from the articles.");
            default -> status >= 500
                    ? new Text("Something went wrong", "Something went wrong on our side. Nothing you saved is lost; "
                            + "reload the page to continue.")
                    : new Text("This request cannot be handled", "Check the address and try again.");
        };
    }

    private record Text(String title, String detail) {
    }
}
