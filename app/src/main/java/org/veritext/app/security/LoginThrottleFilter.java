package org.veritext.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in that {@link LoginThrottle} says must wait, before the password is checked, and sends the
 * browser back to the sign-in page with the number of seconds to wait.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

    private final LoginThrottle throttle;
    private final RequestMatcher loginPost;

    LoginThrottleFilter(LoginThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginPost = PathPatternRequestMatcher.withDefaults().matcher(org.springframework.http.HttpMethod.POST, loginPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loginPost.matches(request)) {
            String username = request.getParameter("username");
            Duration wait = throttle.waitBefore(username, request.getRemoteAddr());
            if (!wait.isZero()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                log.warn("Throttled sign-in for account '{}' from {}: {} s to wait", LogSafe.of(username),
                        request.getRemoteAddr(), seconds);
                response.sendRedirect("login?throttled=" + seconds);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
