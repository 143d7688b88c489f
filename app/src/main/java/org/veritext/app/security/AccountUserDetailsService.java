package org.veritext.app.security;

import java.util.UUID;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.veritext.core.user.AccountPrincipal;
import org.veritext.core.user.AccountBootstrap;

/**
 * Signs users in against their accounts in the database (BCrypt hashes). Everyone signed in is a user; an admin is
 * also an admin. What anyone may do with content is decided per project by the access policy, not by these
 * authorities (the services read the admin flag from the database on every call, too).
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    static final String USER = "ROLE_USER";
    static final String ADMIN = "ROLE_ADMIN";

    private final AccountBootstrap accounts;

    AccountUserDetailsService(AccountBootstrap accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findForSignIn(username)
                .map(account -> new SignedInAccount(account.getId(), account.getUsername(), account.getPasswordHash(),
                        account.isEnabled(), account.isAdmin()))
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }

    /** The signed-in principal: Spring's user, with the account's id, so services never look it up by name. */
    static final class SignedInAccount extends User implements AccountPrincipal {

        private final UUID accountId;

        SignedInAccount(UUID accountId, String username, String passwordHash, boolean enabled, boolean admin) {
            super(username, passwordHash, enabled, true, true, true,
                    admin ? AuthorityUtils.createAuthorityList(USER, ADMIN) : AuthorityUtils.createAuthorityList(USER));
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
