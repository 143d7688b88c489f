package org.veritext.core.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Switches the signed-in user in the middle of a test, as a second person at another desk. */
public final class SignIn {

    private SignIn() {
    }

    /** Signs {@code username} in on this thread (what he may do comes from his projects, not from here). */
    public static void as(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", AuthorityUtils.createAuthorityList("ROLE_USER")));
    }

    /** Runs {@code work} signed in as {@code username}, then signs the previous user back in. */
    public static <T> T as(String username, java.util.function.Supplier<T> work) {
        org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        as(username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs {@code work} signed in as {@code username}, then signs the previous user back in. */
    public static void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
