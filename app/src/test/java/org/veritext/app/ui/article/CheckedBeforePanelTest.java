package org.veritext.app.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.veritext.app.testing.TestProjects;
import org.veritext.app.ui.common.VerdictBadge;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.project.ProjectRole;
import org.veritext.core.testing.SignIn;
import org.veritext.core.user.AccountBootstrap;
import org.veritext.search.index.ClaimIndex;
import org.veritext.search.similar.SimilarClaims;

/**
 * The "checked before?" panel on the real services, without a browser: what it lists for the signed-in user, what
 * each entry carries, and what its buttons do. (The debounce runs in the browser; it is wired by the claim editor.)
 */
@SpringBootTest(properties = "vaadin.productionMode=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckedBeforePanelTest {

    private static final Path DATA_DIR = Path.of("target", "test-data", "checked-before-" + UUID.randomUUID())
            .toAbsolutePath();
    private static final String EARLIER = "The vaccine causes infertility in women.";
    private static final String LATER = "Getting the jab makes females unable to have children.";

    @Autowired JdbcTemplate jdbc;
    @Autowired AccountBootstrap bootstrap;
    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired SimilarClaims similarClaims;
    @Autowired ClaimIndex index;
    @Autowired ChangeLog changeLog;

    private String annotator;
    private UUID earlierId;
    private UUID laterId;
    /** The same words as the later claim, in a project the annotator is not a member of. */
    private UUID hiddenId;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("veritext.data-dir", DATA_DIR::toString);
    }

    @BeforeAll
    void claims() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        annotator = "annotator-" + run;
        String outsider = "elsewhere-" + run;
        UUID annotatorId = bootstrap.createAccount(annotator, "Annotator", annotator + "-password", false).getId();
        UUID outsiderId = bootstrap.createAccount(outsider, "Elsewhere", outsider + "-password", false).getId();
        UUID project = TestProjects.join(jdbc, "Panel " + run, annotatorId, ProjectRole.ANNOTATOR);
        UUID other = TestProjects.join(jdbc, "Other " + run, outsiderId, ProjectRole.ANNOTATOR);
        earlierId = claim(annotator, project, EARLIER);
        laterId = claim(annotator, project, LATER);
        hiddenId = claim(outsider, other, LATER);
        assertThat(index.awaitVisible(changeLog.head(), Duration.ofSeconds(60))).isTrue();
    }

    @Test
    void listsEarlierClaimsOfTheUsersProjectsWithVerdictLinkAndMarkButton() {
        List<UUID> marked = new ArrayList<>();
        CheckedBeforePanel panel = SignIn.as(annotator, () -> {
            CheckedBeforePanel made = new CheckedBeforePanel(similarClaims, marked::add);
            made.setText(LATER);
            made.setClaim(laterId, UUID.randomUUID(), null, true); // another claim: asks at once
            return made;
        });

        assertThat(panel.getId()).hasValue("checked-before");
        List<Component> entries = entries(panel);
        assertThat(entries).extracting(entry -> entry.getElement().getAttribute("data-claim-id"))
                .contains(earlierId.toString())
                .doesNotContain(laterId.toString(), hiddenId.toString());
        Component earlier = entry(panel, earlierId);
        assertThat(earlier.getChildren().filter(VerdictBadge.class::isInstance)).hasSize(1);
        assertThat(earlier.getChildren().filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                .singleElement().asString().endsWith("?claim=" + earlierId);

        button(earlier).click();

        assertThat(marked).containsExactly(earlierId);
    }

    @Test
    void theMarkedEarlierClaimIsShownAsSuchAndItsButtonClearsTheMark() {
        List<UUID> marked = new ArrayList<>();
        CheckedBeforePanel panel = SignIn.as(annotator, () -> {
            CheckedBeforePanel made = new CheckedBeforePanel(similarClaims, marked::add);
            made.setText(LATER);
            made.setClaim(laterId, UUID.randomUUID(), earlierId, true);
            return made;
        });
        Component earlier = entry(panel, earlierId);

        assertThat(earlier.getElement().getClassList()).contains("marked");
        assertThat(button(earlier).getText()).isEqualTo("Not a repeat");
        button(earlier).click();
        assertThat(marked).containsExactly((UUID) null);
    }

    @Test
    void offersNoMarkButtonWhereMarkingIsNotAllowed() {
        CheckedBeforePanel panel = SignIn.as(annotator, () -> {
            CheckedBeforePanel made = new CheckedBeforePanel(similarClaims, id -> { });
            made.setText(LATER);
            made.setClaim(laterId, UUID.randomUUID(), null, false);
            return made;
        });

        assertThat(entries(panel)).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.getChildren().filter(Button.class::isInstance)).isEmpty());
    }

    private UUID claim(String user, UUID project, String text) {
        return SignIn.as(user, () -> {
            UUID articleId = articles.importArticle(project, NewArticle.of("On " + text.substring(0, 14), text)).id();
            return claims.create(articleId, new TextSelection(0, text.length(), text), "").id();
        });
    }

    private static List<Component> entries(CheckedBeforePanel panel) {
        Component list = panel.getChildren().filter(child -> child.getId().filter("checked-before-list"::equals)
                .isPresent()).findFirst().orElseThrow();
        return list.getChildren().filter(child -> child.getElement().hasAttribute("data-claim-id")).toList();
    }

    private static Component entry(CheckedBeforePanel panel, UUID claimId) {
        return entries(panel).stream()
                .filter(entry -> claimId.toString().equals(entry.getElement().getAttribute("data-claim-id")))
                .findFirst().orElseThrow();
    }

    private static Button button(Component entry) {
        return (Button) entry.getChildren().filter(Button.class::isInstance).findFirst().orElseThrow();
    }
}
