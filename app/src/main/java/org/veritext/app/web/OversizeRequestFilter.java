package org.veritext.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request body larger than we accept with our "Too large" page before anything reads it. Without this,
 * the first filter that asks for a parameter (Vaadin's, in the security chain) makes Tomcat parse a forged 100 MB
 * multipart body, fail, and log the same stack trace twice. Bodies sent without a length are caught when reading
 * them fails.
 */
class OversizeRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OversizeRequestFilter.class);

    private final long maxRequestBytes;

    OversizeRequestFilter(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxRequestBytes) {
            refuse(request, response, length);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!ClientMistakes.isTooLarge(e) || response.isCommitted()) {
                throw e;
            }
            refuse(request, response, length);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long length) throws IOException {
        log.warn("Refused a {} byte request to {} {} from {}: the limit is {} bytes", length < 0 ? "chunked" : length,
                request.getMethod(), request.getRequestURI(), request.getRemoteAddr(), maxRequestBytes);
        response.reset();
        response.setStatus(413);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Connection", "close"); // don't wait for the rest of a body we will not read
        response.getOutputStream().write(ErrorPage.html(413, null));
    }
}
