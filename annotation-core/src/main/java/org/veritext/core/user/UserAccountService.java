package org.veritext.core.user;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.DomainException;

/** The door to user accounts: creating them (at first start, by the demo, later by admins) and looking them up. */
@Service
@Transactional
public class UserAccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Creates an account. Used by start-up code (first admin, demo users) that runs before anyone signs in, so it
     * checks no caller; an admin screen for users will add its own check in front of it.
     */
    public UserAccount createAccount(String username, String displayName, String rawPassword, Role role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new DomainException("A username is 2 to 64 lower-case letters, digits, dots, dashes or underscores.");
        }
        if (rawPassword == null || rawPassword.length() < 5) {
            throw new DomainException("A password needs at least 5 characters.");
        }
        if (users.existsByUsername(username)) {
            throw new DomainException("The username " + username + " is taken.");
        }
        String hash = passwordEncoder.encode(rawPassword);
        return users.save(new UserAccount(username, displayName, hash, role, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username);
    }

    /** A colleague as others see him (his name next to his work); empty if there is no such account. */
    @Transactional(readOnly = true)
    public Optional<Person> find(UUID accountId) {
        return users.findById(accountId).map(Person::of);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(username);
    }

    @Transactional(readOnly = true)
    public boolean anyAdminExists() {
        return users.existsByRole(Role.ADMIN);
    }
}
