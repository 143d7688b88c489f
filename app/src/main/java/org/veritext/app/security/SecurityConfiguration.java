package org.veritext.app.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.veritext.app.ui.login.LoginView;

/**
 * Every route and endpoint needs a signed-in user, except the login view, the health check (which says only up
 * or down), the error page and our static scripts and styles (the login page needs them; they hold nothing
 * secret). Beyond Vaadin's defaults:
 * <ul>
 * <li>CSRF protection also covers the sign-in form (Vaadin leaves it out), so another site cannot sign a browser
 * in to an account of its choosing;</li>
 * <li>failed sign-ins are throttled ({@link LoginThrottle}) and logged ({@link SignInLog});</li>
 * <li>security headers on every response, written before Vaadin writes its page (Vaadin's bootstrap page would
 * otherwise go out without them): a Content-Security-Policy with a nonce ({@link ContentSecurityPolicy}),
 * {@code nosniff}, a same-origin referrer policy, no framing, and {@code Cache-Control: no-store} on everything
 * but our static files;</li>
 * <li>redirects never name a host taken from the request's Host header (see also
 * {@code server.tomcat.use-relative-redirects}).</li>
 * </ul>
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";
    private static final String[] STATIC_FILES = {"/js/**", "/css/**", "/icons/**"};
    private static final String[] VAADIN_STATIC_FILES = {"/VAADIN/**", "/lumo/**", "/favicon.ico"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ContentSecurityPolicy contentSecurityPolicy,
                                            LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/error").permitAll()
                .requestMatchers(STATIC_FILES).permitAll());
        http.headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(contentSecurityPolicy)
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(staticFiles()), new CacheControlHeadersWriter()))
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.addFilterBefore(loginCsrfFilter(), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new LoginThrottleFilter(throttle, LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, relativeRedirectsAfterLogin());
        // Anything else needs a signed-in user; Vaadin then answers an unknown address with our "Page not found"
        // view rather than a bare 403.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /**
     * Vaadin exempts its login path from CSRF protection; this second filter puts it back for the sign-in POST. The
     * login form sends the token (Vaadin's form copies it from the page's {@code _csrf} meta tag). A browser whose
     * sign-in page expired (so its token is stale) is sent back to a fresh one with a message, not to an error page.
     */
    private static CsrfFilter loginCsrfFilter() {
        CsrfFilter filter = new CsrfFilter(new HttpSessionCsrfTokenRepository());
        filter.setRequireCsrfProtectionMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PATH));
        filter.setRequestHandler(new XorCsrfTokenRequestAttributeHandler());
        filter.setAccessDeniedHandler((request, response, denied) -> response.sendRedirect("login?expired"));
        return filter;
    }

    /**
     * Vaadin's success handler redirects to the page asked for before sign-in as an absolute address built from
     * the request's Host header; context-relative redirects keep whatever host the browser used.
     */
    private static VaadinSavedRequestAwareAuthenticationSuccessHandler relativeRedirectsAfterLogin() {
        var handler = new VaadinSavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/");
        handler.setRedirectStrategy(new PathOnlyRedirects());
        return handler;
    }

    /**
     * Redirects to the path and query of the address asked for, never to its scheme and host. Spring's own
     * "context-relative" mode must not be used for this: with the root context path it cuts "http://" and keeps the
     * host ("localhost:8080/search?…"), which the browser reads as an address of scheme "localhost" and the
     * Content-Security-Policy's form-action refuses, so sign-in seemed to hang after following any link.
     */
    static final class PathOnlyRedirects extends VaadinSavedRequestAwareAuthenticationSuccessHandler.RedirectStrategy {
        @Override
        protected String calculateRedirectUrl(String contextPath, String url) {
            if (!UrlUtils.isAbsoluteUrl(url)) {
                return contextPath + url;
            }
            URI asked = URI.create(url);
            String path = asked.getRawPath() == null || asked.getRawPath().isEmpty() ? "/" : asked.getRawPath();
            return path + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery());
        }
    }

    private static RequestMatcher staticFiles() {
        return new OrRequestMatcher(matcher(STATIC_FILES), matcher(VAADIN_STATIC_FILES));
    }

    private static RequestMatcher matcher(String... patterns) {
        RequestMatcher[] matchers = new RequestMatcher[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            matchers[i] = PathPatternRequestMatcher.withDefaults().matcher(patterns[i]);
        }
        return new OrRequestMatcher(matchers);
    }
}
