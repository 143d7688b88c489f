package org.veritext.core.user;

import java.util.Arrays;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.veritext.core.NotPermittedException;

/**
 * The user on whose behalf a service runs, read from Spring Security's context. Services ask this, never the UI,
 * before they change anything.
 */
@Component
public class CurrentUser {

    public SignedInUser require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new NotPermittedException("Please sign in first.");
        }
        Role role = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .flatMap(authority -> Arrays.stream(Role.values()).filter(r -> r.authority().equals(authority)))
                .max(Enum::compareTo)
                .orElseThrow(() -> new NotPermittedException("Your account has no role in Veritext. Ask an admin."));
        return new SignedInUser(authentication.getName(), role);
    }

    public SignedInUser requireAdmin() {
        SignedInUser user = require();
        if (!user.isAdmin()) {
            throw new NotPermittedException("Only an admin may do this.");
        }
        return user;
    }
}
