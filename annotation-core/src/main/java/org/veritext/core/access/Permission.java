package org.veritext.core.access;

import java.util.EnumSet;
import java.util.Set;
import org.veritext.core.project.ProjectRole;

/**
 * What a user may do, and who may: the project roles that grant it, and whether an admin may do it without being a
 * member. The whole table, with the claim-level rules of {@link ClaimAction}, is docs/access.md.
 */
public enum Permission {
    /** Open the project's articles and claims, search them, see its people. */
    READ(true, false, "see this project's work", ProjectRole.ANNOTATOR, ProjectRole.REVIEWER, ProjectRole.MANAGER),
    IMPORT(true, false, "import articles", ProjectRole.ANNOTATOR, ProjectRole.MANAGER),
    /** Highlight and edit claims and mentions, dismiss suggestions, submit claims. */
    ANNOTATE(true, false, "annotate", ProjectRole.ANNOTATOR, ProjectRole.MANAGER),
    REVIEW(true, false, "review claims", ProjectRole.REVIEWER, ProjectRole.MANAGER),
    COMMENT(true, false, "comment", ProjectRole.ANNOTATOR, ProjectRole.REVIEWER, ProjectRole.MANAGER),
    /** Assign articles and reviewers, reopen and restore claims. */
    MANAGE_WORK(true, false, "assign work, reopen or restore claims", ProjectRole.MANAGER),
    /** Rename the project, add members, change their roles. */
    MANAGE_MEMBERS(true, true, "manage its members", ProjectRole.MANAGER),
    /** See actors and events (shared by every project; the claims linked to them only as far as READ goes). */
    READ_CATALOG(false, true, "see actors and events", ProjectRole.ANNOTATOR, ProjectRole.REVIEWER,
            ProjectRole.MANAGER),
    /** Create and edit actors and events (shared by every project): anyone who annotates somewhere. */
    EDIT_CATALOG(false, true, "edit actors and events", ProjectRole.ANNOTATOR, ProjectRole.MANAGER),
    /** Merge two actors (shared by every project): a manager somewhere. */
    MERGE_ACTORS(false, true, "merge actors", ProjectRole.MANAGER),
    /** Users, projects, the search index. */
    ADMINISTER(false, true, "administer Veritext");

    private final boolean perProject;
    private final boolean admins;
    private final String what;
    private final Set<ProjectRole> roles;

    Permission(boolean perProject, boolean admins, String what, ProjectRole... roles) {
        this.perProject = perProject;
        this.admins = admins;
        this.what = what;
        this.roles = roles.length == 0 ? EnumSet.noneOf(ProjectRole.class) : EnumSet.of(roles[0], roles);
    }

    /** Whether it is granted by a role in the project concerned; otherwise by a role in any project. */
    public boolean isPerProject() {
        return perProject;
    }

    /** Whether an admin has it without a role. */
    public boolean isGrantedToAdmins() {
        return admins;
    }

    public boolean isGrantedTo(ProjectRole role) {
        return role != null && roles.contains(role);
    }

    public Set<ProjectRole> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(ProjectRole.class) : EnumSet.copyOf(roles);
    }

    /** Words for "Only … may {what}." */
    public String what() {
        return what;
    }
}
