package org.veritext.app.demo;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.veritext.core.user.Role;

/**
 * The demo's accounts, each with its name as password. This bean exists only in the {@code demo} profile, so the
 * login page can list the credentials there and nowhere else.
 */
@Component
@Profile("demo")
public class DemoAccounts {

    public record Account(String username, String displayName, Role role) {

        public String password() {
            return username;
        }
    }

    public List<Account> accounts() {
        return List.of(
                new Account("annotator", "Ana Annotator", Role.ANNOTATOR),
                new Account("reviewer", "Rui Reviewer", Role.REVIEWER),
                new Account("admin", "Ada Admin", Role.ADMIN));
    }
}
