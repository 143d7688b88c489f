package org.veritext.app.demo;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.veritext.core.project.ProjectRole;

/**
 * The demo's accounts and projects, each account with its name as password. This bean exists only in the
 * {@code demo} profile, so the login page can list the credentials there and nowhere else.
 *
 * <p>Two projects with different members: the city desk (a team of three and a manager) and an investigation
 * that only its own people see.
 */
@Component
@Profile("demo")
public class DemoAccounts {

    public static final String CITY_DESK = "City desk";
    public static final String INVESTIGATION = "Water investigation";

    /** A demo account: its roles by project name, and whether it is an admin. */
    public record Account(String username, String displayName, boolean admin, Map<String, ProjectRole> roles) {

        public String password() {
            return username;
        }

        /** What the login page says about the account, e.g. "reviewer in City desk". */
        public String description() {
            StringBuilder text = new StringBuilder();
            roles.forEach((project, role) -> text.append(text.isEmpty() ? "" : ", ")
                    .append(role.label().toLowerCase(java.util.Locale.ROOT)).append(" in ").append(project));
            if (admin) {
                text.append(text.isEmpty() ? "admin" : "; admin");
            }
            return text.toString();
        }
    }

    public List<Account> accounts() {
        return List.of(
                new Account("annotator", "Ana Annotator", false, Map.of(CITY_DESK, ProjectRole.ANNOTATOR)),
                new Account("reviewer", "Rui Reviewer", false, Map.of(CITY_DESK, ProjectRole.REVIEWER)),
                new Account("manager", "Mia Manager", false, Map.of(CITY_DESK, ProjectRole.MANAGER,
                        INVESTIGATION, ProjectRole.MANAGER)),
                new Account("investigator", "Ivo Investigator", false, Map.of(INVESTIGATION, ProjectRole.ANNOTATOR)),
                new Account("admin", "Ada Admin", true, Map.of(CITY_DESK, ProjectRole.MANAGER,
                        INVESTIGATION, ProjectRole.MANAGER)));
    }
}
