package org.veritext.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.SignIn;

class AssignmentServiceTest extends DatabaseTest {

    @Autowired
    private AssignmentService assignments;

    @Autowired
    private ArticleService articles;

    private UUID tram;
    private UUID ferry;

    @BeforeEach
    void twoArticlesAssignedToTheReviewer() {
        SignIn.as(ANNOTATOR);
        tram = articles.importArticle(desk, NewArticle.of("Tram", "The tram will cost 48 million euros.")).id();
        ferry = articles.importArticle(desk, NewArticle.of("Ferry", "The ferry is late.")).id();
        SignIn.as(MANAGER);
        assignments.assign(tram, userId(REVIEWER), Duty.REVIEW);
        assignments.assign(ferry, userId(REVIEWER), Duty.REVIEW);
        assignments.assign(ferry, userId(ANNOTATOR), Duty.ANNOTATE);
    }

    @Test
    void listsTheArticlesTheSignedInUserIsAskedToWorkOnWithTheirTitlesNewestFirst() {
        SignIn.as(REVIEWER);

        assertThat(assignments.mine()).extracting(AssignedArticle::articleTitle, AssignedArticle::duty)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ferry", Duty.REVIEW),
                        org.assertj.core.groups.Tuple.tuple("Tram", Duty.REVIEW));
        SignIn.as(ANNOTATOR);
        assertThat(assignments.mine()).extracting(AssignedArticle::articleId).containsExactly(ferry);
    }

    @Test
    void leavesOutArticlesOfProjectsTheUserIsNoLongerIn() {
        projectWithMembers(DESK, Map.of(ANNOTATOR, "ANNOTATOR", MANAGER, "MANAGER"));
        SignIn.as(REVIEWER);

        assertThat(assignments.mine()).isEmpty();
    }
}
