package org.veritext.app.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of every response, with a fresh nonce per request. Scripts run only from our own
 * origin or when they carry the nonce, and Vaadin's bootstrap page is the only place that puts the nonce on inline
 * scripts (the few it writes itself); a script injected into a page (say, through an article's text) has no nonce
 * and is blocked, and so are inline event handlers. What Vaadin needs beyond that, and why:
 * <ul>
 * <li>{@code 'unsafe-eval'}: Flow runs {@code executeJs} and Lit renderer templates through {@code new Function};</li>
 * <li>{@code style-src 'unsafe-inline'}: Vaadin components set inline styles.</li>
 * </ul>
 * Push is a WebSocket to our own origin, which {@code connect-src 'self'} allows.
 */
@Component
class ContentSecurityPolicy implements HeaderWriter, VaadinServiceInitListener {

    static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-%s' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final SecureRandom random = new SecureRandom();

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader("Content-Security-Policy")) {
            return;
        }
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader("Content-Security-Policy", POLICY.formatted(nonce));
    }

    /** Puts this request's nonce on the inline scripts of Vaadin's bootstrap page, once the page is complete. */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            Object nonce = page.getVaadinRequest().getAttribute(NONCE_ATTRIBUTE);
            if (nonce instanceof String value) {
                page.getDocument().select("script:not([src])").attr("nonce", value);
            }
        });
    }
}
