package org.veritext.core.assignment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleAssignmentRepository extends JpaRepository<ArticleAssignment, ArticleAssignment.Key> {

    List<ArticleAssignment> findByArticleId(UUID articleId);

    List<ArticleAssignment> findByArticleIdAndDuty(UUID articleId, Duty duty);

    List<ArticleAssignment> findByUserIdAndDutyOrderByAssignedAtDesc(UUID userId, Duty duty);

    /** The user's assignments in articles of {@code projects}, newest first, with the articles' titles. */
    @Query("""
            select new org.veritext.core.assignment.AssignedArticle(a.id, a.title, a.projectId, x.duty, x.assignedAt)
            from ArticleAssignment x, Article a
            where a.id = x.articleId and x.userId = :userId and a.projectId in :projects
            order by x.assignedAt desc
            """)
    List<AssignedArticle> findAssignedArticles(@Param("userId") UUID userId,
                                               @Param("projects") Collection<UUID> projects, Limit limit);
}
