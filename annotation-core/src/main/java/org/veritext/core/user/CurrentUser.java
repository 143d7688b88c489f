package org.veritext.core.user;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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

    private final UserAccountRepository accounts;
    /** Usernames and ids never change, so a name once resolved stays resolved. */
    private final Map<String, UUID> idsByUsername = new ConcurrentHashMap<>();

    CurrentUser(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

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
        return new SignedInUser(idOf(authentication), authentication.getName(), role);
    }

    public SignedInUser requireAdmin() {
        SignedInUser user = require();
        if (!user.isAdmin()) {
            throw new NotPermittedException("Only an admin may do this.");
        }
        return user;
    }

    private UUID idOf(Authentication authentication) {
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.accountId();
        }
        String username = authentication.getName();
        UUID id = idsByUsername.get(username);
        if (id == null) {
            id = accounts.findByUsername(username).map(UserAccount::getId)
                    .orElseThrow(() -> new NotPermittedException("Your account no longer exists. Ask an admin."));
            idsByUsername.put(username, id);
        }
        return id;
    }
}
