package org.veritext.core.user;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.veritext.core.NotPermittedException;

/**
 * The user on whose behalf a service runs, read from Spring Security's context. Services ask this, never the UI,
 * before they do anything.
 *
 * <p>Whether the account is still enabled and whether it is an admin are read from the database on every call, not
 * from the sign-in: an admin who disables an account or takes away admin rights is obeyed at the next click, on
 * every node, without waiting for the session to end. (One primary-key read per service call.)
 */
@Component
public class CurrentUser {

    private final UserAccountRepository accounts;
    private final JdbcTemplate jdbc;
    /** Usernames and ids never change, so a name once resolved stays resolved. */
    private final Map<String, UUID> idsByUsername = new ConcurrentHashMap<>();

    CurrentUser(UserAccountRepository accounts, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** The signed-in user; refuses anyone not signed in, and accounts that were disabled or removed. */
    public SignedInUser require() {
        return find().orElseThrow(() -> new NotPermittedException("Please sign in first."));
    }

    /** The signed-in user, if there is one whose account is enabled. */
    public Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        UUID id = idOf(authentication);
        List<Boolean> admin = jdbc.query("SELECT admin FROM user_account WHERE id = ? AND enabled = TRUE",
                (row, n) -> row.getBoolean(1), id);
        if (admin.isEmpty()) {
            throw new NotPermittedException("Your account was disabled. Ask an admin.");
        }
        return Optional.of(new SignedInUser(id, authentication.getName(), admin.getFirst()));
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
