package org.veritext.core.user;

import java.time.Instant;
import java.util.UUID;

/** An account as the admin's user list shows it: never the password hash. */
public record AccountDetails(UUID id, String username, String displayName, boolean admin, boolean enabled,
                            Instant createdAt, Instant passwordChangedAt, long version) {

    static AccountDetails of(UserAccount account) {
        return new AccountDetails(account.getId(), account.getUsername(), account.getDisplayName(), account.isAdmin(),
                account.isEnabled(), account.getCreatedAt(), account.getPasswordChangedAt(), account.getVersion());
    }

    public Person person() {
        return new Person(id, username, displayName);
    }
}
