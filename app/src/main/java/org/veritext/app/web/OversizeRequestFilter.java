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
 *
 * <p>Uploads (multipart) are limited like files; other bodies, such as Vaadin's messages carrying a pasted article
 * (5,000,000 characters of Cyrillic are 10 MB of UTF-8), get a limit that fits the longest article we take.
 */
class OversizeRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OversizeRequestFilter.class);

    private final long maxUploadBytes;
    private final long maxOtherBytes;

    OversizeRequestFilter(long maxUploadBytes, long maxOtherBytes) {
        this.maxUploadBytes = maxUploadBytes;
        this.maxOtherBytes = maxOtherBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        long limit = isUpload(request) ? maxUploadBytes : maxOtherBytes;
        if (length > limit) {
            refuse(request, response, length, limit);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!ClientMistakes.isTooLarge(e) || response.isCommitted()) {
                throw e;
            }
            refuse(request, response, length, limit);
        }
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long length, long limit)
            throws IOException {
        log.warn("Refused a {} byte request to {} {} from {}: the limit is {} bytes", length < 0 ? "chunked" : length,
                request.getMethod(), request.getRequestURI(), request.getRemoteAddr(), limit);
        response.reset();
        response.setStatus(413);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Connection", "close"); // don't wait for the rest of a body we will not read
        response.getOutputStream().write(ErrorPage.html(413, null));
    }
}
