package org.veritext.core.assignment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleAssignmentRepository extends JpaRepository<ArticleAssignment, ArticleAssignment.Key> {

    List<ArticleAssignment> findByArticleId(UUID articleId);

    List<ArticleAssignment> findByArticleIdAndDuty(UUID articleId, Duty duty);

    List<ArticleAssignment> findByUserIdAndDutyOrderByAssignedAtDesc(UUID userId, Duty duty);
}
