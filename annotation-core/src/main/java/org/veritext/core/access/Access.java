package org.veritext.core.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.veritext.core.NotFoundException;
import org.veritext.core.NotPermittedException;
import org.veritext.core.project.Memberships;
import org.veritext.core.project.ProjectRole;
import org.veritext.core.review.ReviewMove;
import org.veritext.core.review.ReviewState;
import org.veritext.core.user.CurrentUser;
import org.veritext.core.user.SignedInUser;

/**
 * The one access policy: who may do what. Every service asks it before it acts, the search module asks it which
 * projects to search, and the UI asks it what to offer, so the screen never offers what the server refuses.
 *
 * <p>The rules: a project's content is open only to its members (an admin too must be a member to read it); what a
 * member may do follows his role ({@link Permission}); on a claim, also its review state and four eyes
 * ({@link #claimActions}). A non-member is told "not found", never "not allowed": he must not learn what exists.
 * The table of roles × actions is docs/access.md; AccessTableTest checks every service operation against it.
 */
@Component
public class Access {

    private final CurrentUser currentUser;
    private final Memberships memberships;

    Access(CurrentUser currentUser, Memberships memberships) {
        this.currentUser = currentUser;
        this.memberships = memberships;
    }

    /** The signed-in user, if he has {@code permission} in the project; a non-member is told it was not found. */
    public SignedInUser require(Permission permission, UUID projectId, Supplier<NotFoundException> notFound) {
        SignedInUser user = currentUser.require();
        Optional<ProjectRole> role = memberships.roleOf(projectId, user.id());
        if (!isAllowed(user, role.orElse(null), permission)) {
            if (role.isEmpty() && !(user.isAdmin() && permission.isGrantedToAdmins())) {
                throw notFound.get();
            }
            throw refusal(permission, projectId);
        }
        return user;
    }

    public SignedInUser require(Permission permission, UUID projectId) {
        return require(permission, projectId, Access::notInYourProjects);
    }

    /** The signed-in user, if he has a permission that is not about one project (e.g. editing the catalog). */
    public SignedInUser require(Permission permission) {
        if (permission.isPerProject()) {
            throw new IllegalArgumentException(permission + " is granted per project: name the project");
        }
        SignedInUser user = currentUser.require();
        if (!isAllowed(user, memberships.rolesOf(user.id()).values(), permission)) {
            throw refusal(permission, null);
        }
        return user;
    }

    public boolean can(Permission permission, UUID projectId) {
        return currentUser.find()
                .map(user -> isAllowed(user, memberships.roleOf(projectId, user.id()).orElse(null), permission))
                .orElse(false);
    }

    public boolean can(Permission permission) {
        return currentUser.find()
                .map(user -> isAllowed(user, memberships.rolesOf(user.id()).values(), permission))
                .orElse(false);
    }

    /** The projects whose content the signed-in user may see: those he is a member of. */
    public Set<UUID> visibleProjects() {
        SignedInUser user = currentUser.require();
        return Set.copyOf(memberships.rolesOf(user.id()).keySet());
    }

    /** The signed-in user's projects, with his role in each. */
    public Map<UUID, ProjectRole> myRoles() {
        return Map.copyOf(memberships.rolesOf(currentUser.require().id()));
    }

    public Optional<ProjectRole> roleIn(UUID projectId) {
        return memberships.roleOf(projectId, currentUser.require().id());
    }

    /** What the signed-in user may do to a claim as it is now: the buttons the claim editor shows. */
    public Set<ClaimAction> claimActions(ClaimFacts claim) {
        return currentUser.find()
                .map(user -> claimActions(user, memberships.roleOf(claim.projectId(), user.id()).orElse(null), claim))
                .orElse(EnumSet.noneOf(ClaimAction.class));
    }

    /**
     * The signed-in user, if he may do {@code action} to the claim now; otherwise a refusal that says why (the
     * state, four eyes, or the role). A non-member is told the claim was not found.
     */
    public SignedInUser require(ClaimAction action, ClaimFacts claim, Supplier<NotFoundException> notFound) {
        SignedInUser user = require(Permission.READ, claim.projectId(), notFound);
        ProjectRole role = memberships.roleOf(claim.projectId(), user.id()).orElse(null);
        if (!claimActions(user, role, claim).contains(action)) {
            throw new NotPermittedException(whyNot(user, role, action, claim));
        }
        return user;
    }

    // ---- The rules, as pure functions of who, in which role, on what ----

    static boolean isAllowed(SignedInUser user, ProjectRole role, Permission permission) {
        return permission.isGrantedTo(role) || (user.isAdmin() && permission.isGrantedToAdmins());
    }

    static boolean isAllowed(SignedInUser user, Collection<ProjectRole> rolesAnywhere, Permission permission) {
        if (user.isAdmin() && permission.isGrantedToAdmins()) {
            return true;
        }
        return rolesAnywhere.stream().anyMatch(permission::isGrantedTo);
    }

    static Set<ClaimAction> claimActions(SignedInUser user, ProjectRole role, ClaimFacts claim) {
        Set<ClaimAction> actions = EnumSet.noneOf(ClaimAction.class);
        if (!Permission.READ.isGrantedTo(role)) {
            return actions;
        }
        actions.add(ClaimAction.COMMENT);
        boolean annotator = Permission.ANNOTATE.isGrantedTo(role);
        boolean manager = Permission.MANAGE_WORK.isGrantedTo(role);
        boolean editable = claim.state().isEditable();
        boolean creator = user.id().equals(claim.createdBy());
        if (annotator && editable) {
            actions.add(ClaimAction.EDIT);
        }
        // An annotator takes back his own claim only while it is with him, not while a reviewer is looking at it.
        boolean withTheAnnotator = claim.state() == ReviewState.DRAFT || claim.state() == ReviewState.CHANGES_REQUESTED;
        if (manager ? editable : annotator && creator && withTheAnnotator) {
            actions.add(ClaimAction.DELETE);
        }
        if (manager && editable) {
            actions.add(ClaimAction.RESTORE);
        }
        if (manager && claim.state() != ReviewState.APPROVED) {
            actions.add(ClaimAction.ASSIGN_REVIEWER);
        }
        for (ReviewMove move : ReviewMove.values()) {
            if (move.isAllowedFrom(claim.state()) && mayMake(user, role, move, claim)) {
                actions.add(ClaimAction.of(move));
            }
        }
        return actions;
    }

    private static boolean mayMake(SignedInUser user, ProjectRole role, ReviewMove move, ClaimFacts claim) {
        return switch (move) {
            case SUBMIT -> Permission.ANNOTATE.isGrantedTo(role);
            case APPROVE, REQUEST_CHANGES, REJECT -> Permission.REVIEW.isGrantedTo(role) && !isOwnWork(user, claim);
            case REOPEN -> Permission.MANAGE_WORK.isGrantedTo(role);
        };
    }

    /** Four eyes: whoever made the claim or changed it last may not decide on it. */
    static boolean isOwnWork(SignedInUser user, ClaimFacts claim) {
        return user.id().equals(claim.createdBy()) || user.id().equals(claim.lastEditedBy());
    }

    private String whyNot(SignedInUser user, ProjectRole role, ClaimAction action, ClaimFacts claim) {
        ReviewMove move = action.move();
        if (move != null && !move.isAllowedFrom(claim.state())) {
            move.from(claim.state()); // throws the workflow's own explanation
        }
        if (move != null && move.isDecision() && Permission.REVIEW.isGrantedTo(role) && isOwnWork(user, claim)) {
            return "Four eyes: you made or last edited this claim, so someone else must review it.";
        }
        if ((action == ClaimAction.EDIT || action == ClaimAction.DELETE || action == ClaimAction.RESTORE)
                && !claim.state().isEditable()) {
            return "This claim is " + claim.state().label().toLowerCase(Locale.ROOT)
                    + " and read-only. A manager can reopen it.";
        }
        Permission needed = switch (action) {
            case EDIT, SUBMIT, DELETE -> Permission.ANNOTATE;
            case APPROVE, REQUEST_CHANGES, REJECT -> Permission.REVIEW;
            case REOPEN, RESTORE, ASSIGN_REVIEWER -> Permission.MANAGE_WORK;
            case COMMENT -> Permission.COMMENT;
        };
        if (action == ClaimAction.DELETE) {
            return "Only the person who made this claim (before it is submitted) or a manager may delete it.";
        }
        return refusal(needed, claim.projectId()).getMessage();
    }

    private NotPermittedException refusal(Permission permission, UUID projectId) {
        String who = permission.roles().stream().map(role -> role.label().toLowerCase(Locale.ROOT) + "s")
                .collect(Collectors.joining(" and "));
        String where = projectId == null ? "" : memberships.nameOf(projectId).map(name -> " of " + name).orElse("");
        String admins = permission.isGrantedToAdmins() ? (who.isEmpty() ? "admins" : who + where + " or admins") : "";
        String allowed = permission.isGrantedToAdmins() ? admins : who + where;
        return new NotPermittedException("Only " + allowed + " may " + permission.what() + ".");
    }

    private static NotFoundException notInYourProjects() {
        return new NotFoundException("Not found. It does not exist, or it is in a project you are not a member of.");
    }
}
