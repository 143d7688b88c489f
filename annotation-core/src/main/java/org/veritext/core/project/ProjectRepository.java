package org.veritext.core.project;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProjectRepository extends JpaRepository<Project, UUID> {

    boolean existsByNameIgnoreCase(String name);

    List<Project> findAllByOrderByName();

    @Query("select count(a) from Article a where a.projectId = :projectId")
    long countArticles(@Param("projectId") UUID projectId);
}
