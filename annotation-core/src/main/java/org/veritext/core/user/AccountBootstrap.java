package org.veritext.core.user;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.DomainException;

/**
 * Accounts before anyone is signed in: the sign-in itself looks accounts up here, and start-up code (the first
 * admin, the demo) creates them. It checks no caller, so only start-up code and the sign-in may use it; nothing a
 * request reaches calls it. Everything people do to accounts goes through {@link UserAccountService}.
 */
@Component
@Transactional
public class AccountBootstrap {

    /** Start-up passwords: the demo's are the usernames; the first admin's is long and random. */
    private static final int MIN_STARTUP_PASSWORD_LENGTH = 5;

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountBootstrap(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public UserAccount createAccount(String username, String displayName, String rawPassword, boolean admin) {
        AccountRules.username(username);
        AccountRules.password(rawPassword, MIN_STARTUP_PASSWORD_LENGTH);
        if (users.existsByUsername(username)) {
            throw new DomainException("The username " + username + " is taken.");
        }
        return users.save(new UserAccount(username, AccountRules.displayName(displayName, username),
                passwordEncoder.encode(rawPassword), admin, clock.instant()));
    }

    /** The account someone signs in with. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> findForSignIn(String username) {
        return users.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(username);
    }

    @Transactional(readOnly = true)
    public boolean anyAdminExists() {
        return users.existsByAdminTrue();
    }
}
