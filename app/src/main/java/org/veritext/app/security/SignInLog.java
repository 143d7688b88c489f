package org.veritext.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logs every failed sign-in (account, address, how many failures in a row) and tells {@link LoginThrottle} about
 * failures and successes.
 */
@Component
class SignInLog {

    private static final Logger log = LoggerFactory.getLogger(SignInLog.class);

    private final LoginThrottle throttle;

    SignInLog(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        String username = String.valueOf(failure.getAuthentication().getPrincipal());
        String address = address(failure.getAuthentication());
        int failures = throttle.failed(username, address);
        log.warn("Failed sign-in for account '{}' from {} ({}; failure {} for this account within {} min)",
                LogSafe.of(username), address, failure.getException().getClass().getSimpleName(), failures,
                LoginThrottle.WINDOW.toMinutes());
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        String address = address(success.getAuthentication());
        if (address != null) {
            throttle.succeeded(success.getAuthentication().getName(), address);
        }
    }

    /** The address the sign-in form was posted from; sign-ins made by the app itself (RunAs) have none. */
    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
