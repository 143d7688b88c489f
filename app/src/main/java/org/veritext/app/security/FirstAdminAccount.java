package org.veritext.app.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.veritext.core.DomainException;
import org.veritext.core.user.AccountBootstrap;

/**
 * Outside the demo there are no default credentials: on the first start (no admin yet) Veritext creates the
 * account {@code admin} with a random password and prints it to the log, once. Only its BCrypt hash is kept.
 */
@Component
@Profile("!demo")
@Order(1)
class FirstAdminAccount implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdminAccount.class);

    private final AccountBootstrap accounts;
    private final SecureRandom random = new SecureRandom();

    FirstAdminAccount(AccountBootstrap accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdminExists() || accounts.exists(USERNAME)) {
            return;
        }
        String password = newPassword();
        try {
            accounts.createAccount(USERNAME, "Administrator", password, true);
        } catch (DomainException | DataIntegrityViolationException createdByAnotherNode) {
            // Two nodes starting on an empty database at once: the other one created it and printed its password.
            log.info("The admin account was created by another Veritext node; its log has the password");
            return;
        }
        log.warn("""

                ==================================================================
                  First start: Veritext created the admin account.
                    username: {}
                    password: {}
                  This password is shown only now. Keep it somewhere safe.
                ==================================================================""", USERNAME, password);
    }

    private String newPassword() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
