package org.veritext.app.ui.article;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.select.Select;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.project.ProjectService;
import org.veritext.core.project.ProjectSummary;
import java.util.Set;
import java.util.UUID;
import org.veritext.app.live.LiveUpdates;
import org.veritext.app.ui.common.Ids;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.core.article.ArticleService;
import org.veritext.core.assignment.AssignmentService;
import org.veritext.core.article.ArticleSummary;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.importing.ArticleFileReader;

/**
 * The articles of the user's projects, newest first, filterable by project and title; the way in to importing one
 * (offered only to those who may import somewhere). {@code ?project={projectId}} opens it filtered by that project.
 */
@Route("articles")
@PageTitle("Articles · Veritext")
@PermitAll
public class ArticleListView extends Div implements BeforeEnterObserver {

    /** The query parameter naming the project to show, e.g. in the project page's link. */
    public static final String PROJECT_PARAMETER = "project";

    /** The changes that alter what the list shows: its rows and their claim counts. */
    private static final Set<ChangeKind> LISTED_CHANGES =
            EnumSet.of(ChangeKind.ARTICLE_IMPORTED, ChangeKind.CLAIM_CREATED, ChangeKind.CLAIM_DELETED);

    private final ArticleService articles;
    private final LiveUpdates liveUpdates;
    private Registration following;
    private final Grid<ArticleSummary> grid = new Grid<>(ArticleSummary.class, false);
    private final TextField titleFilter = new TextField();
    private final Select<ProjectSummary> projectFilter = new Select<>();
    private final List<ProjectSummary> mine;

    public ArticleListView(ArticleService articles, ArticleFileReader fileReader, LiveUpdates liveUpdates,
                           ProjectService projectService, Access access, AssignmentService assignments) {
        this.articles = articles;
        this.liveUpdates = liveUpdates;
        addClassName("article-list-view");
        mine = projectService.list().stream().filter(ProjectSummary::isMember).toList();
        Map<UUID, String> projectNames = mine.stream()
                .collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::name));

        projectFilter.setId("article-project");
        projectFilter.setAriaLabel("Project");
        projectFilter.setEmptySelectionAllowed(true);
        projectFilter.setEmptySelectionCaption("All my projects");
        projectFilter.setItems(mine);
        projectFilter.setItemLabelGenerator(project -> project == null ? "All my projects" : project.name());
        projectFilter.setVisible(mine.size() > 1);
        projectFilter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        titleFilter.setId("article-filter");
        titleFilter.setPlaceholder("Filter by title");
        titleFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        titleFilter.setClearButtonVisible(true);
        titleFilter.setValueChangeMode(ValueChangeMode.LAZY);
        titleFilter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        titleFilter.setAriaLabel("Filter articles by title");

        List<ProjectSummary> importable = mine.stream()
                .filter(project -> access.can(Permission.IMPORT, project.id())).toList();
        Button importArticle = new Button("Import article", VaadinIcon.UPLOAD.create(),
                click -> new ImportArticleDialog(articles, fileReader, importable, projectFilter.getValue(),
                        this::open).open());
        importArticle.setId("import-article");
        importArticle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importArticle.setVisible(!importable.isEmpty());

        Div toolbar = new Div(new H2("Articles"), projectFilter, titleFilter, importArticle);
        toolbar.addClassName("list-toolbar");

        grid.setId("article-grid");
        grid.addColumn(ArticleSummary::title).setHeader("Title").setSortProperty("title").setFlexGrow(4)
                .setTooltipGenerator(ArticleSummary::title);
        grid.addColumn(summary -> summary.publisher() == null ? "" : summary.publisher())
                .setHeader("Publisher").setSortProperty("publisher").setFlexGrow(2);
        grid.addColumn(summary -> LocalTimes.format(summary.publishedOn())).setHeader("Published")
                .setSortProperty("publishedOn").setFlexGrow(1);
        if (mine.size() > 1) {
            grid.addColumn(summary -> projectNames.getOrDefault(summary.projectId(), "")).setHeader("Project")
                    .setFlexGrow(1);
        }
        grid.addColumn(ArticleSummary::claimCount).setHeader("Claims").setFlexGrow(0).setWidth("7em");
        grid.addColumn(summary -> LocalTimes.format(summary.importedAt())).setHeader("Imported")
                .setSortProperty("importedAt").setFlexGrow(1);
        Set<UUID> managed = mine.stream().map(ProjectSummary::id)
                .filter(project -> access.can(Permission.MANAGE_WORK, project)).collect(Collectors.toSet());
        if (!managed.isEmpty()) {
            // Managers ask members to annotate or review an article from here; others never see the button.
            grid.addComponentColumn(summary -> assignButton(summary, managed, assignments, projectService))
                    .setHeader("Work").setFlexGrow(0).setWidth("7em");
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> articles.list(projectFilter.getValue() == null ? null : projectFilter.getValue().id(),
                titleFilter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> open(click.getItem().id()));
        grid.setEmptyStateText(mine.isEmpty()
                ? "You are not a member of any project yet, so there is nothing to show. Ask an admin or a "
                        + "project's manager to add you."
                : importable.isEmpty() ? "No articles yet in your projects." : "No articles yet. Import one to start annotating.");

        add(toolbar, grid);
    }

    /**
     * Filters by the project the address names, if it is one of the user's (anyone can edit an address); an address
     * without one shows all his projects, also when Vaadin reuses this view for it.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectFilter.setValue(event.getLocation().getQueryParameters().getSingleParameter(PROJECT_PARAMETER)
                .flatMap(Ids::parse)
                .flatMap(projectId -> mine.stream().filter(project -> project.id().equals(projectId)).findFirst())
                .orElse(null));
    }

    /** New articles and claim counts follow what colleagues do, without a reload. */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        following = liveUpdates.subscribe(attach.getUI(), change -> LISTED_CHANGES.contains(change.kind()),
                changes -> grid.getDataProvider().refreshAll());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        following.remove();
        super.onDetach(detach);
    }

    private static Button assignButton(ArticleSummary summary, Set<UUID> managed, AssignmentService assignments,
                                       ProjectService projectService) {
        Button assign = new Button("Assign", VaadinIcon.USERS.create());
        assign.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        assign.addClassName("assign-article");
        assign.getElement().setAttribute("data-article-id", summary.id().toString());
        assign.setVisible(managed.contains(summary.projectId()));
        assign.addClickListener(click -> new AssignDialog(assignments, summary.id(), summary.title(),
                projectService.get(summary.projectId())).open());
        // The row's own click opens the article; a click on the button must not.
        assign.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
        return assign;
    }

    private void open(UUID articleId) {
        getUI().ifPresent(ui -> ui.navigate(ArticleView.class, new RouteParameters("articleId", articleId.toString())));
    }
}
