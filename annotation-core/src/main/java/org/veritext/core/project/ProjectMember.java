package org.veritext.core.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A user's place in a project: his role there. */
@Entity
@Table(name = "project_member")
@IdClass(ProjectMember.Key.class)
class ProjectMember {

    @Id
    @Column(name = "project_id")
    private UUID projectId;

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectRole role;

    protected ProjectMember() {
    }

    ProjectMember(UUID projectId, UUID userId, ProjectRole role) {
        this.projectId = projectId;
        this.userId = userId;
        this.role = role;
    }

    UUID getProjectId() {
        return projectId;
    }

    UUID getUserId() {
        return userId;
    }

    ProjectRole getRole() {
        return role;
    }

    void setRole(ProjectRole role) {
        this.role = role;
    }

    record Key(UUID projectId, UUID userId) implements Serializable {
    }
}
