package org.veritext.app.security;

import java.util.UUID;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.veritext.core.user.AccountPrincipal;
import org.veritext.core.user.UserAccountService;

/** Signs users in against their accounts in the database (BCrypt hashes, one role each). */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountService accounts;

    AccountUserDetailsService(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> new SignedInAccount(account.getId(), account.getUsername(), account.getPasswordHash(),
                        account.isEnabled(), account.getRole().authority()))
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }

    /** The signed-in principal: Spring's user, with the account's id, so services never look it up by name. */
    static final class SignedInAccount extends User implements AccountPrincipal {

        private final UUID accountId;

        SignedInAccount(UUID accountId, String username, String passwordHash, boolean enabled, String authority) {
            super(username, passwordHash, enabled, true, true, true, AuthorityUtils.createAuthorityList(authority));
            this.accountId = accountId;
        }

        @Override
        public UUID accountId() {
            return accountId;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other); // by username, as Spring's User does
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
