package org.veritext.core.user;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.DomainException;
import org.veritext.core.EditConflictException;
import org.veritext.core.NotFoundException;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;

/**
 * The door to user accounts for people: an admin lists, creates, disables and enables accounts, resets passwords
 * and makes admins; everyone changes his own password. Every change is recorded in the change log (never with a
 * password or its hash).
 */
@Service
@Transactional
public class UserAccountService {

    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final ChangeLog changeLog;
    private final Clock clock;

    UserAccountService(UserAccountRepository users, CurrentUser currentUser, PasswordEncoder passwordEncoder,
                       ChangeLog changeLog, Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Every account, by username: for admins. */
    @Transactional(readOnly = true)
    public List<AccountDetails> list() {
        currentUser.requireAdmin();
        return users.findAllByOrderByUsername().stream().map(AccountDetails::of).toList();
    }

    /** Creates an account with a first password the admin hands over; the user changes it himself. */
    public AccountDetails create(String username, String displayName, String rawPassword, boolean admin) {
        SignedInUser by = currentUser.requireAdmin();
        AccountRules.username(username);
        AccountRules.password(rawPassword, AccountRules.MIN_PASSWORD_LENGTH);
        if (users.existsByUsername(username)) {
            throw new DomainException("The username " + username + " is taken. Choose another.");
        }
        UserAccount account = users.save(new UserAccount(username, AccountRules.displayName(displayName, username),
                passwordEncoder.encode(rawPassword), admin, clock.instant()));
        changeLog.record(ChangeKind.USER_CREATED, by.id(), account.getId(), null, () -> stateOf(account));
        return AccountDetails.of(account);
    }

    /** Lets the account sign in again, or stops it at once: a disabled user's next click is refused. */
    public AccountDetails setEnabled(UUID accountId, long seenVersion, boolean enabled) {
        SignedInUser by = currentUser.requireAdmin();
        UserAccount account = requireVersion(accountId, seenVersion);
        if (!enabled && account.getId().equals(by.id())) {
            throw new DomainException("You cannot disable your own account. Ask another admin.");
        }
        if (!enabled && account.isAdmin()) {
            refuseLastAdmin();
        }
        account.setEnabled(enabled);
        return recorded(by, account);
    }

    public AccountDetails setAdmin(UUID accountId, long seenVersion, boolean admin) {
        SignedInUser by = currentUser.requireAdmin();
        UserAccount account = requireVersion(accountId, seenVersion);
        if (!admin && account.isAdmin()) {
            refuseLastAdmin();
        }
        account.setAdmin(admin);
        return recorded(by, account);
    }

    public AccountDetails rename(UUID accountId, long seenVersion, String displayName) {
        SignedInUser by = currentUser.requireAdmin();
        UserAccount account = requireVersion(accountId, seenVersion);
        account.rename(AccountRules.displayName(displayName, account.getUsername()));
        return recorded(by, account);
    }

    /** Sets a new password the admin hands over (the user forgot his). */
    public AccountDetails resetPassword(UUID accountId, long seenVersion, String newPassword) {
        SignedInUser by = currentUser.requireAdmin();
        UserAccount account = requireVersion(accountId, seenVersion);
        account.changePassword(passwordEncoder.encode(AccountRules.password(newPassword,
                AccountRules.MIN_PASSWORD_LENGTH)), clock.instant());
        return recorded(by, account);
    }

    /** Changes the signed-in user's own password; he proves he knows the current one. */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        SignedInUser me = currentUser.require();
        UserAccount account = users.findById(me.id()).orElseThrow(UserAccountService::notFound);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new DomainException("Your current password is not right. Your password was not changed.");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new DomainException("The new password is the same as the current one.");
        }
        account.changePassword(passwordEncoder.encode(AccountRules.password(newPassword,
                AccountRules.MIN_PASSWORD_LENGTH)), clock.instant());
        recorded(me, account);
    }

    /** A colleague as others see him (his name next to his work); empty if there is no such account. */
    @Transactional(readOnly = true)
    public Optional<Person> find(UUID accountId) {
        currentUser.require();
        return users.findById(accountId).map(Person::of);
    }

    /** The signed-in user himself. */
    @Transactional(readOnly = true)
    public Person me() {
        SignedInUser me = currentUser.require();
        return users.findById(me.id()).map(Person::of).orElseThrow(UserAccountService::notFound);
    }

    private AccountDetails recorded(SignedInUser by, UserAccount account) {
        try {
            users.flush();
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException concurrent) {
            throw conflict();
        }
        changeLog.record(ChangeKind.USER_CHANGED, by.id(), account.getId(), null, () -> stateOf(account));
        return AccountDetails.of(account);
    }

    private void refuseLastAdmin() {
        if (users.countByAdminTrueAndEnabledTrue() <= 1) {
            throw new DomainException("This is the last admin. Make someone else admin first.");
        }
    }

    private UserAccount requireVersion(UUID accountId, long seenVersion) {
        UserAccount account = users.findById(accountId).orElseThrow(UserAccountService::notFound);
        if (account.getVersion() != seenVersion) {
            throw conflict();
        }
        return account;
    }

    private static Map<String, Object> stateOf(UserAccount account) {
        return Map.of("username", account.getUsername(), "displayName", account.getDisplayName(),
                "admin", account.isAdmin(), "enabled", account.isEnabled(),
                "passwordChangedAt", String.valueOf(account.getPasswordChangedAt()));
    }

    private static EditConflictException conflict() {
        return new EditConflictException("Another admin changed this account since you opened the list. "
                + "Nothing was changed; look again and repeat.");
    }

    private static NotFoundException notFound() {
        return new NotFoundException("This account does not exist.");
    }
}
