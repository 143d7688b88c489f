package org.veritext.core.project;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.DomainException;
import org.veritext.core.EditConflictException;
import org.veritext.core.NotFoundException;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.text.FieldText;
import org.veritext.core.user.Person;
import org.veritext.core.user.SignedInUser;
import org.veritext.core.user.UserLookup;

/**
 * The door to projects: an admin creates them; an admin or the project's manager names them and decides who works
 * in them in which role. Members see their project's members (whom to assign, whom to @mention).
 */
@Service
@Transactional
public class ProjectService {

    private final ProjectRepository projects;
    private final ProjectMemberRepository members;
    private final Access access;
    private final UserLookup users;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final EntityManager entityManager;

    ProjectService(ProjectRepository projects, ProjectMemberRepository members, Access access, UserLookup users,
                   ChangeLog changeLog, Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.projects = projects;
        this.members = members;
        this.access = access;
        this.users = users;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * The projects the signed-in user works in, by name; an admin sees every project (he manages them), with no
     * role in those he is not a member of.
     */
    @Transactional(readOnly = true)
    public List<ProjectSummary> list() {
        boolean admin = access.can(Permission.ADMINISTER);
        Map<UUID, ProjectRole> mine = access.myRoles();
        List<ProjectSummary> list = new ArrayList<>();
        for (Project project : projects.findAllByOrderByName()) {
            ProjectRole role = mine.get(project.getId());
            if (role != null || admin) {
                list.add(new ProjectSummary(project.getId(), project.getName(), project.getDescription(), role,
                        members.findByProjectId(project.getId()).size(), projects.countArticles(project.getId()),
                        project.getVersion()));
            }
        }
        return list;
    }

    /** A project with its members: for its members, and for admins. */
    @Transactional(readOnly = true)
    public ProjectDetails get(UUID projectId) {
        requireReadOrManage(projectId);
        return details(require(projectId));
    }

    /** A new project; the admin who creates it becomes its manager, so that someone can work in it at once. */
    public ProjectDetails create(String name, String description) {
        SignedInUser admin = access.require(Permission.ADMINISTER);
        Project project = projects.save(new Project(checkedName(name, null), checkedDescription(description),
                clock.instant()));
        members.save(new ProjectMember(project.getId(), admin.id(), ProjectRole.MANAGER));
        flush();
        changeLog.record(ChangeKind.PROJECT_CREATED, admin.id(), project.getId(), null, () -> stateOf(project));
        return details(project);
    }

    public ProjectDetails describe(UUID projectId, long seenVersion, String name, String description) {
        SignedInUser by = access.require(Permission.MANAGE_MEMBERS, projectId, ProjectService::notFound);
        Project project = requireVersion(projectId, seenVersion);
        project.describe(checkedName(name, project), checkedDescription(description));
        return changed(by, project);
    }

    /** Adds a user to the project in a role, or changes his role there. */
    public ProjectDetails setMember(UUID projectId, long seenVersion, UUID userId, ProjectRole role) {
        SignedInUser by = access.require(Permission.MANAGE_MEMBERS, projectId, ProjectService::notFound);
        if (role == null) {
            throw new DomainException("Choose a role: annotator, reviewer or manager.");
        }
        Project project = requireVersion(projectId, seenVersion);
        users.require(userId);
        members.findByProjectIdAndUserId(projectId, userId).ifPresentOrElse(member -> {
            if (member.getRole() == ProjectRole.MANAGER && role != ProjectRole.MANAGER) {
                refuseLastManager(projectId);
            }
            member.setRole(role);
        }, () -> members.save(new ProjectMember(projectId, userId, role)));
        return changed(by, project);
    }

    public ProjectDetails removeMember(UUID projectId, long seenVersion, UUID userId) {
        SignedInUser by = access.require(Permission.MANAGE_MEMBERS, projectId, ProjectService::notFound);
        Project project = requireVersion(projectId, seenVersion);
        ProjectMember member = members.findByProjectIdAndUserId(projectId, userId)
                .orElseThrow(() -> new NotFoundException("This person is not a member of the project."));
        if (member.getRole() == ProjectRole.MANAGER) {
            refuseLastManager(projectId);
        }
        members.delete(member);
        return changed(by, project);
    }

    /** Everyone who may sign in and is not in the project yet: whom a manager can add. */
    @Transactional(readOnly = true)
    public List<Person> candidates(UUID projectId) {
        access.require(Permission.MANAGE_MEMBERS, projectId, ProjectService::notFound);
        Set<UUID> in = members.findByProjectId(projectId).stream().map(ProjectMember::getUserId)
                .collect(Collectors.toSet());
        return users.enabled().stream().filter(person -> !in.contains(person.id())).toList();
    }

    private void requireReadOrManage(UUID projectId) {
        if (!access.can(Permission.MANAGE_MEMBERS, projectId)) {
            access.require(Permission.READ, projectId, ProjectService::notFound);
        }
    }

    private ProjectDetails changed(SignedInUser by, Project project) {
        // A change to the members is a change to the project: its version moves, so two managers do not clash.
        entityManager.lock(project, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        flush();
        changeLog.record(ChangeKind.PROJECT_CHANGED, by.id(), project.getId(), null, () -> stateOf(project));
        return details(project);
    }

    private ProjectDetails details(Project project) {
        List<ProjectMember> list = members.findByProjectId(project.getId());
        Map<UUID, Person> people = users.people(list.stream().map(ProjectMember::getUserId).toList());
        List<ProjectDetails.Member> memberList = list.stream()
                .map(member -> new ProjectDetails.Member(people.get(member.getUserId()), member.getRole()))
                .sorted(Comparator.comparing((ProjectDetails.Member m) -> m.role().ordinal()).reversed()
                        .thenComparing(m -> m.person().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new ProjectDetails(project.getId(), project.getName(), project.getDescription(), memberList,
                project.getVersion());
    }

    private Map<String, Object> stateOf(Project project) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", project.getName());
        state.put("description", project.getDescription());
        state.put("members", members.findByProjectId(project.getId()).stream()
                .collect(Collectors.toMap(member -> member.getUserId().toString(), member -> member.getRole().name())));
        return state;
    }

    private String checkedName(String raw, Project renamed) {
        String name = FieldText.requiredLine(raw, ProjectLimits.NAME, "Give the project a name.");
        boolean sameAsBefore = renamed != null && renamed.getName().equalsIgnoreCase(name);
        if (!sameAsBefore && projects.existsByNameIgnoreCase(name)) {
            throw new DomainException("There is a project called " + name + " already. Choose another name.");
        }
        return name;
    }

    private static String checkedDescription(String raw) {
        return FieldText.optionalText(raw, ProjectLimits.DESCRIPTION);
    }

    private void refuseLastManager(UUID projectId) {
        if (members.countByProjectIdAndRole(projectId, ProjectRole.MANAGER) <= 1) {
            throw new DomainException("A project needs a manager: make someone else manager first.");
        }
    }

    private Project require(UUID projectId) {
        return projects.findById(projectId).orElseThrow(ProjectService::notFound);
    }

    private Project requireVersion(UUID projectId, long seenVersion) {
        Project project = require(projectId);
        if (project.getVersion() != seenVersion) {
            throw new EditConflictException("Someone changed this project since you opened it. Nothing was changed; "
                    + "look again and repeat.");
        }
        return project;
    }

    private void flush() {
        try {
            projects.flush();
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new EditConflictException("Someone changed this project at the same moment. Nothing was changed; "
                    + "look again and repeat.");
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException("This project does not exist, or you are not a member of it.");
    }
}
