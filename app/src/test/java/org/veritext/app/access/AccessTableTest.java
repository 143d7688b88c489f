package org.veritext.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veritext.app.access.AccessTableTest.Who.ADMIN;
import static org.veritext.app.access.AccessTableTest.Who.ANNOTATOR;
import static org.veritext.app.access.AccessTableTest.Who.ANONYMOUS;
import static org.veritext.app.access.AccessTableTest.Who.MANAGER;
import static org.veritext.app.access.AccessTableTest.Who.OUTSIDER;
import static org.veritext.app.access.AccessTableTest.Who.REVIEWER;

import com.vaadin.flow.router.Route;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.veritext.app.testing.TestProjects;
import org.veritext.core.NotFoundException;
import org.veritext.core.NotPermittedException;
import org.veritext.core.actor.ActorDetails;
import org.veritext.core.actor.ActorDraft;
import org.veritext.core.actor.ActorService;
import org.veritext.core.actor.ActorService.DuplicateCheck;
import org.veritext.core.actor.ActorType;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.article.ArticleDetails;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.assignment.AssignmentService;
import org.veritext.core.assignment.Duty;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimEdit;
import org.veritext.core.claim.ClaimHistory;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.ReviewQueues;
import org.veritext.core.discussion.CommentService;
import org.veritext.core.event.EventDetails;
import org.veritext.core.event.EventDraft;
import org.veritext.core.event.EventService;
import org.veritext.core.event.EventType;
import org.veritext.core.mention.MentionDetails;
import org.veritext.core.mention.MentionService;
import org.veritext.core.notification.NotificationService;
import org.veritext.core.presence.PresenceService;
import org.veritext.core.project.ProjectDetails;
import org.veritext.core.project.ProjectRole;
import org.veritext.core.project.ProjectService;
import org.veritext.core.review.ReviewMove;
import org.veritext.core.suggestion.SuggestionService;
import org.veritext.core.testing.SignIn;
import org.veritext.core.user.AccountBootstrap;
import org.veritext.core.user.AccountDetails;
import org.veritext.core.user.UserAccountService;
import org.veritext.search.index.SearchIndexAdministration;
import org.veritext.search.query.ArticleSearch;
import org.veritext.search.query.ClaimSearch;
import org.veritext.search.query.SearchRequest;
import org.veritext.search.similar.SimilarClaims;

/**
 * Who may do what, as one table: every service operation and every page, tried as someone signed out, as a user in
 * no project, as the project's annotator, reviewer and manager, and as an admin who is not a member; each row says
 * exactly who may. "May" means the call goes through; "may not" means it is refused as not allowed or not found (a
 * non-member must not learn that something exists). The table is docs/access.md in code.
 *
 * <p>The last two tests fail when a service method or a route is added without a row here: access must be decided
 * for everything, on purpose.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTableTest {

    /** The six kinds of caller every row is tried as. */
    enum Who { ANONYMOUS, OUTSIDER, ANNOTATOR, REVIEWER, MANAGER, ADMIN }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Who> MEMBERS = EnumSet.of(ANNOTATOR, REVIEWER, MANAGER);
    private static final Set<Who> ANNOTATORS = EnumSet.of(ANNOTATOR, MANAGER);
    private static final Set<Who> REVIEWERS = EnumSet.of(REVIEWER, MANAGER);
    private static final Set<Who> MANAGERS = EnumSet.of(MANAGER);
    private static final Set<Who> CATALOG_READERS = EnumSet.of(ANNOTATOR, REVIEWER, MANAGER, ADMIN);
    private static final Set<Who> CATALOG_EDITORS = EnumSet.of(ANNOTATOR, MANAGER, ADMIN);
    private static final Set<Who> MANAGERS_AND_ADMINS = EnumSet.of(MANAGER, ADMIN);
    private static final Set<Who> ADMINS = EnumSet.of(ADMIN);
    private static final Path DATA_DIR = Path.of("target", "test-data", "access-" + UUID.randomUUID())
            .toAbsolutePath();
    private static final String TEXT = """
            The minister said the bridge would open in May.

            The opposition said it would cost 40 million euros more than planned.""";

    @LocalServerPort
    int port;

    @Autowired JdbcTemplate jdbc;
    @Autowired AccountBootstrap bootstrap;
    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired ClaimHistory history;
    @Autowired ReviewQueues queues;
    @Autowired CommentService comments;
    @Autowired NotificationService notifications;
    @Autowired AssignmentService assignments;
    @Autowired ProjectService projects;
    @Autowired UserAccountService accounts;
    @Autowired ActorService actors;
    @Autowired EventService events;
    @Autowired MentionService mentions;
    @Autowired SuggestionService suggestions;
    @Autowired PresenceService presence;
    @Autowired ClaimSearch search;
    @Autowired ArticleSearch articleSearch;
    @Autowired SimilarClaims similarClaims;
    @Autowired SearchIndexAdministration index;

    /** Usernames by kind of caller, unique to this run. */
    private final Map<Who, String> usernames = new EnumMap<>(Who.class);
    private final Map<Who, UUID> userIds = new EnumMap<>(Who.class);
    /** Each user's password now (the row that changes one's own password changes it). */
    private final Map<Who, String> passwords = new EnumMap<>(Who.class);
    private final Map<String, Row> serviceRows = new LinkedHashMap<>();
    private final Map<String, Set<Who>> pageRows = new LinkedHashMap<>();

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("veritext.data-dir", DATA_DIR::toString);
    }

    @BeforeAll
    void createTheTeam() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (Who who : Who.values()) {
            if (who == ANONYMOUS) {
                continue;
            }
            String username = who.name().toLowerCase() + "-" + run;
            String password = username + "-password";
            usernames.put(who, username);
            passwords.put(who, password);
            userIds.put(who, bootstrap.createAccount(username, who.name(), password, who == ADMIN).getId());
        }
        describeServices();
        describePages();
    }

    // ---------------------------------------------------------------- the table: services

    private void describeServices() {
        row("ArticleService.importArticle", ANNOTATORS,
                f -> articles.importArticle(f.project(), NewArticle.of("Imported", TEXT + "\n\n" + UUID.randomUUID())));
        row("ArticleService.get", MEMBERS, f -> articles.get(f.article().id()));
        row("ArticleService.list", SIGNED_IN, f -> articles.list(null, "", PageRequest.of(0, 10)));

        row("ClaimService.create", ANNOTATORS, f -> claims.create(f.article().id(), f.selection("the bridge"), ""));
        row("ClaimService.edit", ANNOTATORS, f -> claims.edit(f.draft().id(), f.draft().version(),
                ClaimEdit.of(f.draft()).withRestatement("The bridge opens in May.")));
        row("ClaimService.restate", ANNOTATORS,
                f -> claims.restate(f.draft().id(), f.draft().version(), "The bridge opens in May."));
        row("ClaimService.move", ANNOTATORS,
                f -> claims.move(f.draft().id(), f.draft().version(), ReviewMove.SUBMIT, null));
        row("ClaimService.move: approve someone else's claim", REVIEWERS,
                f -> claims.move(f.submitted().id(), f.submitted().version(), ReviewMove.APPROVE, null));
        row("ClaimService.move: request changes", REVIEWERS, f -> claims.move(f.submitted().id(),
                f.submitted().version(), ReviewMove.REQUEST_CHANGES, "Link the claimant."));
        row("ClaimService.move: reopen an approved claim", MANAGERS,
                f -> claims.move(f.approved().id(), f.approved().version(), ReviewMove.REOPEN, null));
        row("ClaimService.assignReviewer", MANAGERS,
                f -> claims.assignReviewer(f.submitted().id(), f.submitted().version(), userIds.get(REVIEWER)));
        row("ClaimService.restore", MANAGERS, f -> claims.restore(f.edited().id(), f.edited().version(),
                SignIn.as(f.annotator(), () -> history.of(f.edited().id())).getLast().position()));
        row("ClaimService.delete", ANNOTATORS, f -> {
            claims.delete(f.draft().id(), f.draft().version());
            return null;
        });
        row("ClaimService.claimsOf", MEMBERS, f -> claims.claimsOf(f.article().id()));
        row("ClaimService.linkedToActor", CATALOG_READERS, f -> claims.linkedToActor(f.actor().id()));
        row("ClaimService.linkedToEvent", CATALOG_READERS, f -> claims.linkedToEvent(f.event().id()));
        row("ClaimService.get", MEMBERS, f -> claims.get(f.draft().id()));
        row("ClaimService.markRepeatOf", ANNOTATORS,
                f -> claims.markRepeatOf(f.draft().id(), f.draft().version(), f.submitted().id()));
        row("ClaimService.repeats", MEMBERS, f -> claims.repeats(f.draft().id()));
        row("ClaimHistory.of", MEMBERS, f -> history.of(f.draft().id()));
        row("ReviewQueues.mine", SIGNED_IN, f -> queues.mine());

        row("CommentService.thread", MEMBERS, f -> comments.thread(f.draft().id()));
        row("CommentService.add", MEMBERS, f -> comments.add(f.draft().id(), null, "Source? @" + usernames.get(REVIEWER)));

        row("NotificationService.unreadCount", SIGNED_IN, f -> notifications.unreadCount());
        row("NotificationService.mine", SIGNED_IN, f -> notifications.mine());
        row("NotificationService.markRead", SIGNED_IN, f -> {
            notifications.markRead(f.notificationOfTheCaller());
            return null;
        });
        row("NotificationService.markAllRead", SIGNED_IN, f -> {
            notifications.markAllRead();
            return null;
        });

        row("AssignmentService.of", MEMBERS, f -> assignments.of(f.article().id()));
        row("AssignmentService.mine", SIGNED_IN, f -> assignments.mine());
        row("AssignmentService.assign", MANAGERS,
                f -> assignments.assign(f.article().id(), userIds.get(REVIEWER), Duty.REVIEW));
        row("AssignmentService.unassign", MANAGERS,
                f -> assignments.unassign(f.article().id(), userIds.get(REVIEWER), Duty.REVIEW));

        row("ProjectService.list", SIGNED_IN, f -> projects.list());
        row("ProjectService.get", CATALOG_READERS, f -> projects.get(f.project()));
        row("ProjectService.create", ADMINS, f -> projects.create("Project " + UUID.randomUUID(), ""));
        row("ProjectService.describe", MANAGERS_AND_ADMINS,
                f -> projects.describe(f.project(), f.projectVersion(), "Renamed " + UUID.randomUUID(), "New."));
        row("ProjectService.setMember", MANAGERS_AND_ADMINS,
                f -> projects.setMember(f.project(), f.projectVersion(), f.someone().id(), ProjectRole.REVIEWER));
        row("ProjectService.removeMember", MANAGERS_AND_ADMINS,
                f -> projects.removeMember(f.project(), f.projectVersion(), userIds.get(REVIEWER)));
        row("ProjectService.candidates", MANAGERS_AND_ADMINS, f -> projects.candidates(f.project()));

        row("UserAccountService.list", ADMINS, f -> accounts.list());
        row("UserAccountService.create", ADMINS, f -> accounts.create("new-" + UUID.randomUUID().toString()
                .substring(0, 8), "New", "a-long-first-password", false));
        row("UserAccountService.setEnabled", ADMINS,
                f -> accounts.setEnabled(f.someone().id(), f.someone().version(), false));
        row("UserAccountService.setAdmin", ADMINS,
                f -> accounts.setAdmin(f.someone().id(), f.someone().version(), true));
        row("UserAccountService.rename", ADMINS,
                f -> accounts.rename(f.someone().id(), f.someone().version(), "Renamed"));
        row("UserAccountService.resetPassword", ADMINS,
                f -> accounts.resetPassword(f.someone().id(), f.someone().version(), "another-long-password"));
        row("UserAccountService.changeOwnPassword", SIGNED_IN, f -> {
            String next = "changed-" + UUID.randomUUID();
            accounts.changeOwnPassword(passwords.get(f.caller()), next);
            passwords.put(f.caller(), next);
            return null;
        });
        row("UserAccountService.find", SIGNED_IN, f -> accounts.find(userIds.get(ANNOTATOR)));
        row("UserAccountService.me", SIGNED_IN, f -> accounts.me());

        row("ActorService.create", CATALOG_EDITORS,
                f -> actors.create(ActorDraft.of("Actor " + UUID.randomUUID(), ActorType.PERSON),
                        DuplicateCheck.CREATE_ANYWAY));
        row("ActorService.update", CATALOG_EDITORS, f -> actors.update(f.actor().id(), f.actor().version(),
                ActorDraft.of("Renamed " + UUID.randomUUID(), ActorType.PERSON)));
        row("ActorService.addAlias", CATALOG_EDITORS,
                f -> actors.addAlias(f.actor().id(), "Alias " + UUID.randomUUID()));
        row("ActorService.merge", MANAGERS_AND_ADMINS, f -> {
            ActorDetails other = f.anotherActor();
            return actors.merge(f.actor().id(), f.actor().version(), other.id(), other.version());
        });
        row("ActorService.similar", CATALOG_READERS,
                f -> actors.similar(ActorDraft.of("Bridge minister", ActorType.PERSON), null));
        row("ActorService.get", CATALOG_READERS, f -> actors.get(f.actor().id()));
        row("ActorService.list", CATALOG_READERS, f -> actors.list("", PageRequest.of(0, 10)));
        row("ActorService.complete", CATALOG_READERS, f -> actors.complete("min", 5));

        row("EventService.create", CATALOG_EDITORS, f -> events.create(eventDraft("Event " + UUID.randomUUID())));
        row("EventService.update", CATALOG_EDITORS,
                f -> events.update(f.event().id(), f.event().version(), eventDraft("Renamed " + UUID.randomUUID())));
        row("EventService.get", CATALOG_READERS, f -> events.get(f.event().id()));
        row("EventService.list", CATALOG_READERS, f -> events.list("", PageRequest.of(0, 10)));
        row("EventService.parts", CATALOG_READERS, f -> events.parts(f.event().id()));
        row("EventService.complete", CATALOG_READERS, f -> events.complete("bri", 5));

        row("MentionService.mentionActor", ANNOTATORS,
                f -> mentions.mentionActor(f.article().id(), f.selection("minister"), f.actor().id()));
        row("MentionService.mentionEvent", ANNOTATORS,
                f -> mentions.mentionEvent(f.article().id(), f.selection("bridge"), f.event().id()));
        row("MentionService.delete", ANNOTATORS, f -> {
            mentions.delete(f.mention().id());
            return null;
        });
        row("MentionService.mentionsOf", MEMBERS, f -> mentions.mentionsOf(f.article().id()));
        row("SuggestionService.suggestionsFor", MEMBERS, f -> suggestions.suggestionsFor(f.article().id()));
        row("SuggestionService.dismiss", ANNOTATORS, f -> {
            suggestions.dismiss(f.article().id(), "claim:0-10");
            return null;
        });

        row("PresenceService.enter", MEMBERS, f -> {
            presence.enter(UUID.randomUUID().toString(), "test-node", f.article().id());
            return null;
        });
        row("PresenceService.present", MEMBERS, f -> presence.present(f.article().id()));
        // A node's own bookkeeping of views opened by checked calls to enter: it needs no user, and reveals nothing.
        row("PresenceService.leave", EVERYONE, f -> {
            presence.leave(UUID.randomUUID().toString());
            return null;
        });
        row("PresenceService.keepAlive", EVERYONE, f -> {
            presence.keepAlive(List.of(UUID.randomUUID().toString()));
            return null;
        });

        row("ClaimSearch.search", SIGNED_IN, f -> search.search("bridge", 0, 10));
        row("ClaimSearch.search: with facets and a sort", SIGNED_IN, f -> search.search(new SearchRequest(
                "bridge", java.util.Map.of(), SearchRequest.Order.NEWEST, 0, 10, null)));
        row("ClaimSearch.suggest", SIGNED_IN, f -> search.suggest("br", 5));
        row("ArticleSearch.search", SIGNED_IN, f -> articleSearch.search("bridge", 10));
        // Filtered inside to the caller's projects: anyone signed in may ask, and sees only what he may see.
        row("SimilarClaims.checkedBefore", SIGNED_IN,
                f -> similarClaims.checkedBefore("The bridge will open in May.", null, 5));
        row("SearchIndexAdministration.status", ADMINS, f -> index.status());
        row("SearchIndexAdministration.rebuild", ADMINS, f -> {
            index.rebuild();
            return null;
        });
    }

    private static EventDraft eventDraft(String title) {
        return new EventDraft(title, EventType.OTHER, null, null, "", "", null, List.of());
    }

    // ---------------------------------------------------------------- the table: pages

    private void describePages() {
        page("login", EVERYONE);
        page("", SIGNED_IN);
        page("review", SIGNED_IN);
        page("articles", SIGNED_IN);
        page("articles/:articleId", MEMBERS);
        page("search", SIGNED_IN);
        page("actors", CATALOG_READERS);
        page("actors/:actorId", CATALOG_READERS);
        page("events", CATALOG_READERS);
        page("events/:eventId", CATALOG_READERS);
        page("projects", SIGNED_IN);
        page("projects/:projectId", CATALOG_READERS);
        page("account", SIGNED_IN);
        page("admin", ADMINS);
        page("admin/users", ADMINS);
    }

    // ---------------------------------------------------------------- the tests

    @Test
    void everyServiceOperationIsAllowedToExactlyThoseItsRowNames() {
        List<String> wrong = new ArrayList<>();
        serviceRows.forEach((name, row) -> {
            for (Who who : Who.values()) {
                Fixture fixture = new Fixture(who);
                Outcome outcome = attempt(who, () -> row.operation().apply(fixture));
                boolean expected = row.allowed().contains(who);
                if (outcome.error() != null) {
                    wrong.add(name + " as " + who + ": failed for another reason: " + outcome.error());
                } else if (outcome.allowed() != expected) {
                    wrong.add(name + " as " + who + ": " + (outcome.allowed() ? "allowed" : "refused")
                            + ", the table says " + (expected ? "allowed" : "refused"));
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPageOpensForExactlyThoseItsRowNames() throws Exception {
        Fixture fixture = new Fixture(MANAGER);
        Map<String, String> paths = Map.of(":articleId", fixture.article().id().toString(),
                ":actorId", fixture.actor().id().toString(), ":eventId", fixture.event().id().toString(),
                ":projectId", fixture.project().toString());
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            Browser browser = new Browser();
            if (who != ANONYMOUS) {
                browser.signIn(usernames.get(who), passwords.get(who));
            }
            for (Map.Entry<String, Set<Who>> row : pageRows.entrySet()) {
                String path = "/" + row.getKey();
                for (Map.Entry<String, String> parameter : paths.entrySet()) {
                    path = path.replace(parameter.getKey(), parameter.getValue());
                }
                int status = browser.get(path).statusCode();
                boolean opened = status == 200;
                boolean expected = row.getValue().contains(who);
                boolean refusedAsItShould = who == ANONYMOUS ? status == 302 : status == 404 || status == 403;
                if (opened != expected || (!expected && !refusedAsItShould)) {
                    wrong.add(path + " as " + who + ": HTTP " + status + ", the table says "
                            + (expected ? "open" : "refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPublicServiceMethodHasARow() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        Set<String> methods = new TreeSet<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("org.veritext")) {
            Class<?> type = load(bean.getBeanClassName());
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()) {
                    methods.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        Set<String> described = serviceRows.keySet().stream().map(name -> name.split(":")[0].strip())
                .collect(Collectors.toSet());
        assertThat(methods).as("service operations without a row in the access table").isSubsetOf(described);
        assertThat(described).as("rows for operations that no longer exist").isSubsetOf(methods);
    }

    @Test
    void everyRouteHasARow() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("org.veritext.app")) {
            Class<?> view = load(bean.getBeanClassName());
            routes.add(view.getAnnotation(Route.class).value());
            com.vaadin.flow.router.RouteAlias alias = view.getAnnotation(com.vaadin.flow.router.RouteAlias.class);
            if (alias != null) {
                routes.add(alias.value());
            }
        }
        assertThat(routes).as("routes without a row in the access table").isSubsetOf(pageRows.keySet());
        assertThat(pageRows.keySet()).as("rows for routes that no longer exist").isSubsetOf(routes);
    }

    // ---------------------------------------------------------------- machinery

    private void row(String name, Set<Who> allowed, Function<Fixture, Object> operation) {
        serviceRows.put(name, new Row(allowed, operation));
    }

    private void page(String route, Set<Who> allowed) {
        pageRows.put(route, allowed);
    }

    private record Row(Set<Who> allowed, Function<Fixture, Object> operation) {
    }

    private record Outcome(boolean allowed, String error) {
    }

    private Outcome attempt(Who who, java.util.function.Supplier<Object> operation) {
        try {
            if (who == ANONYMOUS) {
                SecurityContextHolder.clearContext();
                operation.get();
            } else {
                SignIn.as(usernames.get(who), operation);
            }
            return new Outcome(true, null);
        } catch (NotPermittedException | NotFoundException refused) {
            return new Outcome(false, null);
        } catch (RuntimeException other) {
            return new Outcome(false, other.getClass().getSimpleName() + ": " + other.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a row works on, made on first use, as the project's own people would make it: a project of its own (so
     * rows cannot disturb each other) with the annotator, reviewer and manager as members, an article in it, claims
     * in each state, a catalog actor and event, a mention.
     */
    private final class Fixture {

        private final Who caller;
        private UUID project;
        private ArticleDetails article;
        private ClaimDetails draft;
        private ClaimDetails submitted;
        private ClaimDetails approved;
        private ClaimDetails edited;
        private ActorDetails actor;
        private EventDetails event;
        private MentionDetails mention;

        Fixture(Who caller) {
            this.caller = caller;
        }

        Who caller() {
            return caller;
        }

        String annotator() {
            return usernames.get(ANNOTATOR);
        }

        UUID project() {
            if (project == null) {
                String name = "Access " + UUID.randomUUID();
                project = TestProjects.join(jdbc, name, userIds.get(ANNOTATOR), ProjectRole.ANNOTATOR);
                TestProjects.join(jdbc, name, userIds.get(REVIEWER), ProjectRole.REVIEWER);
                TestProjects.join(jdbc, name, userIds.get(MANAGER), ProjectRole.MANAGER);
            }
            return project;
        }

        long projectVersion() {
            return SignIn.as(usernames.get(MANAGER), () -> projects.get(project())).version();
        }

        ArticleDetails article() {
            if (article == null) {
                UUID in = project();
                article = SignIn.as(usernames.get(MANAGER), () -> articles.importArticle(in,
                        NewArticle.of("Bridge", TEXT + "\n\n" + UUID.randomUUID())));
            }
            return article;
        }

        TextSelection selection(String quote) {
            int start = article().text().indexOf(quote);
            return new TextSelection(start, start + quote.length(), quote);
        }

        ClaimDetails draft() {
            if (draft == null) {
                draft = SignIn.as(annotator(), () -> claims.create(article().id(),
                        selection("the bridge would open in May"), "The bridge opens in May."));
            }
            return draft;
        }

        ClaimDetails submitted() {
            if (submitted == null) {
                submitted = SignIn.as(annotator(), () -> {
                    ClaimDetails made = claims.create(article().id(), selection("40 million euros"), "");
                    return claims.move(made.id(), made.version(), ReviewMove.SUBMIT, null);
                });
            }
            return submitted;
        }

        ClaimDetails approved() {
            if (approved == null) {
                ClaimDetails waiting = submitted();
                approved = SignIn.as(usernames.get(REVIEWER),
                        () -> claims.move(waiting.id(), waiting.version(), ReviewMove.APPROVE, null));
            }
            return approved;
        }

        /** A draft edited once, so that its history has an earlier version to restore. */
        ClaimDetails edited() {
            if (edited == null) {
                ClaimDetails first = draft();
                edited = SignIn.as(annotator(), () -> claims.edit(first.id(), first.version(),
                        ClaimEdit.of(first).withRestatement("The bridge opens in June.")));
            }
            return edited;
        }

        ActorDetails actor() {
            if (actor == null) {
                actor = SignIn.as(annotator(), () -> actors.create(ActorDraft.of("Minister " + UUID.randomUUID(),
                        ActorType.PERSON), DuplicateCheck.CREATE_ANYWAY));
            }
            return actor;
        }

        ActorDetails anotherActor() {
            return SignIn.as(annotator(), () -> actors.create(ActorDraft.of("Minister " + UUID.randomUUID(),
                    ActorType.PERSON), DuplicateCheck.CREATE_ANYWAY));
        }

        EventDetails event() {
            if (event == null) {
                event = SignIn.as(annotator(), () -> events.create(eventDraft("Bridge opening " + UUID.randomUUID())));
            }
            return event;
        }

        MentionDetails mention() {
            if (mention == null) {
                mention = SignIn.as(annotator(), () -> mentions.mentionActor(article().id(), selection("minister"),
                        actor().id()));
            }
            return mention;
        }

        /** A fresh account to work on (never one of the callers, whose rights must not change between rows). */
        AccountDetails someone() {
            String username = "someone-" + UUID.randomUUID().toString().substring(0, 8);
            UUID id = bootstrap.createAccount(username, username, username + "-password", false).getId();
            return SignIn.as(usernames.get(ADMIN), () -> accounts.list()).stream()
                    .filter(account -> account.id().equals(id)).findFirst().orElseThrow();
        }

        /** A notification of the caller's own (anyone's, for a caller who is not signed in). */
        UUID notificationOfTheCaller() {
            UUID id = UUID.randomUUID();
            jdbc.update("INSERT INTO notification (id, user_id, kind, message, created_at) "
                            + "VALUES (?, ?, 'MENTIONED', 'Test', CURRENT_TIMESTAMP)", id,
                    userIds.getOrDefault(caller, userIds.get(ANNOTATOR)));
            return id;
        }
    }

    /** Signs in through the sign-in page (with its CSRF token) and keeps the session, as a browser does. */
    private final class Browser {

        private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).build();

        void signIn(String username, String password) throws Exception {
            Matcher token = CSRF.matcher(get("/login").body());
            assertThat(token.find()).as("the sign-in page has a CSRF token").isTrue();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token.group(1)) + "&username="
                            + encode(username) + "&password=" + encode(password)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.headers().firstValue("Location")).as("signed in as " + username).hasValue("/");
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
