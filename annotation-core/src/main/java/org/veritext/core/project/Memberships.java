package org.veritext.core.project;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in which project, in which role: what the access policy reads. It checks no user itself; it is the data
 * the checks are made of.
 */
@Component
@Transactional(readOnly = true)
public class Memberships {

    private final ProjectMemberRepository members;
    private final ProjectRepository projects;

    Memberships(ProjectMemberRepository members, ProjectRepository projects) {
        this.members = members;
        this.projects = projects;
    }

    public Optional<ProjectRole> roleOf(UUID projectId, UUID userId) {
        if (projectId == null || userId == null) {
            return Optional.empty();
        }
        return members.findByProjectIdAndUserId(projectId, userId).map(ProjectMember::getRole);
    }

    /** Every project the user is in, with his role there. */
    public Map<UUID, ProjectRole> rolesOf(UUID userId) {
        return members.findByUserId(userId).stream()
                .collect(Collectors.toMap(ProjectMember::getProjectId, ProjectMember::getRole));
    }

    /** The project's name, for messages; empty if there is no such project. */
    public Optional<String> nameOf(UUID projectId) {
        return projects.findById(projectId).map(Project::getName);
    }
}
