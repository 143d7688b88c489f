package org.veritext.core.assignment;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who is asked to do what with an article, for other services (whom to notify, whose queue). Checks no user. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class AssignmentLookup {

    private final ArticleAssignmentRepository assignments;

    AssignmentLookup(ArticleAssignmentRepository assignments) {
        this.assignments = assignments;
    }

    public List<UUID> assignees(UUID articleId, Duty duty) {
        return assignments.findByArticleIdAndDuty(articleId, duty).stream().map(ArticleAssignment::getUserId).toList();
    }

    /** The articles the user is asked to do {@code duty} on, newest assignment first. */
    public List<UUID> articlesOf(UUID userId, Duty duty) {
        return assignments.findByUserIdAndDutyOrderByAssignedAtDesc(userId, duty).stream()
                .map(ArticleAssignment::getArticleId).toList();
    }
}
