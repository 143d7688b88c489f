package org.veritext.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.veritext.app.security.RunAs;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.ArticleDetails;
import org.veritext.core.article.NewArticle;
import org.veritext.core.actor.ActorDetails;
import org.veritext.core.actor.ActorDraft;
import org.veritext.core.actor.ActorService;
import org.veritext.core.actor.ActorService.DuplicateCheck;
import org.veritext.core.actor.ActorType;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimEdit;
import org.veritext.core.claim.ClaimEdit.ActorLinkDraft;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.Verdict;
import org.veritext.core.event.EventDetails;
import org.veritext.core.event.EventDraft;
import org.veritext.core.event.EventService;
import org.veritext.core.event.EventType;
import org.veritext.core.mention.MentionService;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.project.ProjectDetails;
import org.veritext.core.project.ProjectService;
import org.veritext.core.review.ReviewMove;
import org.veritext.core.user.AccountBootstrap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * On the first start in the {@code demo} profile: the demo accounts and two projects with different members
 * ({@link DemoAccounts}); in each, a short article written for the demo (made-up stories, not real ones) with claims
 * already highlighted, linked and at different stages of review, so that queues and search have something to show;
 * and the people, bodies and events of the stories in the catalog.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String ARTICLE = "demo/harbour-tram.txt";
    private static final String INVESTIGATION_ARTICLE = "demo/river-water.txt";

    private final DemoAccounts demoAccounts;
    private final AccountBootstrap accounts;
    private final ProjectService projects;
    private final ArticleService articles;
    private final ClaimService claims;
    private final ActorService actors;
    private final EventService events;
    private final MentionService mentions;

    DemoData(DemoAccounts demoAccounts, AccountBootstrap accounts, ProjectService projects, ArticleService articles,
             ClaimService claims, ActorService actors, EventService events, MentionService mentions) {
        this.projects = projects;
        this.actors = actors;
        this.events = events;
        this.mentions = mentions;
        this.demoAccounts = demoAccounts;
        this.accounts = accounts;
        this.articles = articles;
        this.claims = claims;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean firstStart = !accounts.exists("annotator");
        for (DemoAccounts.Account account : demoAccounts.accounts()) {
            if (!accounts.exists(account.username())) {
                accounts.createAccount(account.username(), account.displayName(), account.password(), account.admin());
            }
        }
        if (firstStart) {
            Map<String, UUID> projectIds = new HashMap<>();
            RunAs.run("admin", () -> createProjects(projectIds));
            RunAs.run("annotator", () -> importDemoArticle(projectIds.get(DemoAccounts.CITY_DESK)));
            RunAs.run("investigator", () -> importInvestigation(projectIds.get(DemoAccounts.INVESTIGATION)));
            log.info("Demo data created: sign in as annotator, reviewer, manager, investigator or admin "
                    + "(the password is the name)");
        }
    }

    private void createProjects(Map<String, UUID> ids) {
        ProjectDetails desk = projects.create(DemoAccounts.CITY_DESK, "Daily checks of the city's news.");
        ProjectDetails investigation = projects.create(DemoAccounts.INVESTIGATION,
                "A months-long look at the region's water. Only its own team sees it.");
        ids.put(desk.name(), desk.id());
        ids.put(investigation.name(), investigation.id());
        for (DemoAccounts.Account account : demoAccounts.accounts()) {
            account.roles().forEach((projectName, role) -> {
                UUID projectId = ids.get(projectName);
                ProjectDetails project = projects.get(projectId);
                UUID userId = accounts.findForSignIn(account.username()).orElseThrow().getId();
                boolean already = project.members().stream().anyMatch(m -> m.person().id().equals(userId)
                        && m.role() == role);
                if (!already) {
                    projects.setMember(projectId, project.version(), userId, role);
                }
            });
        }
    }

    /** The investigation's article: two claims by the utility, one submitted for review. */
    private void importInvestigation(UUID projectId) {
        ArticleDetails article = articles.importArticle(projectId, new NewArticle(
                "Water utility says river pollution has halved since 2020", read(INVESTIGATION_ARTICLE),
                "https://example.org/vale-verde-post/river", "Vale Verde Post (demo)", LocalDate.of(2026, 5, 4),
                "en"));
        ActorDetails company = actor(new ActorDraft("Vale Verde Water Company", ActorType.ORGANISATION,
                List.of("the company", "the utility"), "The regional water utility (made up).", null, null));
        ActorDetails mendes = actor(new ActorDraft("Paulo Mendes", ActorType.PERSON, List.of("Mendes"),
                "Chief executive of the Vale Verde Water Company.", null, company.id()));
        actor(ActorDraft.of("Rio Vivo", ActorType.GROUP));
        ClaimDetails halved = highlight(article, "pollution in the Rio Claro had fallen by half since 2020",
                "Pollution in the Rio Claro has halved since 2020.");
        halved = claims.edit(halved.id(), halved.version(), ClaimEdit.of(halved)
                .withActors(List.of(new ActorLinkDraft(company.id(), ActorRole.CLAIMANT)))
                .withVerdict(Verdict.MISLEADING, "The agency's own samples show a fall of about a fifth; the company "
                        + "stopped publishing its upstream readings in 2022."));
        claims.move(halved.id(), halved.version(), ReviewMove.SUBMIT, null);
        ClaimDetails invested = highlight(article, "more than any other utility in the country",
                "The Vale Verde Water Company invested more in treatment plants than any other utility in the country.");
        claims.edit(invested.id(), invested.version(), ClaimEdit.of(invested)
                .withActors(List.of(new ActorLinkDraft(mendes.id(), ActorRole.CLAIMANT))));
    }

    private void importDemoArticle(UUID projectId) {
        String text = read(ARTICLE);
        ArticleDetails article = articles.importArticle(projectId, new NewArticle(
                "Harbour council approves night tram after 14-hour debate", text,
                "https://example.org/harbour-herald/night-tram", "Harbour Herald (demo)", LocalDate.of(2026, 3, 12),
                "en"));
        DemoCatalog catalog = seedCatalog();
        ClaimDetails cost = highlight(article, "cost 48 million euros", "The night tram will cost 48 million euros.");
        cost = claims.edit(cost.id(), cost.version(), ClaimEdit.of(cost)
                .withActors(List.of(new ActorLinkDraft(catalog.mayor().id(), ActorRole.CLAIMANT)))
                .withEvents(List.of(catalog.vote().id()))
                .withVerdict(Verdict.UNVERIFIABLE, "The council has not published the budget behind the figure yet."));
        claims.move(cost.id(), cost.version(), ReviewMove.SUBMIT, null);
        ClaimDetails cars = highlight(article, "cut late-night car journeys in the old town by a third",
                "The night tram will cut late-night car journeys in the old town by a third.");
        claims.edit(cars.id(), cars.version(), ClaimEdit.of(cars)
                .withActors(List.of(new ActorLinkDraft(catalog.transportDepartment().id(), ActorRole.CLAIMANT)))
                .withEvents(List.of(catalog.vote().id())));
        mention(article, "Marek Novak", catalog.novak().id());
    }

    /**
     * The people, bodies and events of the demo story, so that the article view can suggest them as mentions and
     * the claim editor can link them; a few are left for the reader to add (the article view suggests them).
     */
    private DemoCatalog seedCatalog() {
        ActorDetails council = actor(new ActorDraft("Porto Velho City Council", ActorType.ORGANISATION,
                List.of("city council", "the council"), "The elected council of Porto Velho (a made-up city).", null,
                null));
        ActorDetails mayor = actor(new ActorDraft("Lucia Ferreira", ActorType.PERSON, List.of("Mayor Ferreira"),
                "Mayor of Porto Velho.", null, council.id()));
        ActorDetails novak = actor(new ActorDraft("Marek Novak", ActorType.PERSON, List.of("Councillor Novak"),
                "Opposition councillor.", null, council.id()));
        ActorDetails transport = actor(new ActorDraft("Porto Velho Transport Department", ActorType.ORGANISATION,
                List.of("transport department"), "", null, council.id()));
        actor(ActorDraft.of("Old Town Association", ActorType.GROUP));
        actor(ActorDraft.of("Harbour Herald", ActorType.MEDIA_OUTLET));
        EventDetails project = events.create(new EventDraft("Night tram project", EventType.OTHER, null, null,
                "Porto Velho", "The planned tram line between the ferry terminal and the university district.",
                null, List.of()));
        EventDetails vote = events.create(new EventDraft("Council vote on the night tram", EventType.ELECTION,
                LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 12), "City hall, Porto Velho",
                "A 14-hour debate ending in a 31 to 12 vote.", project.id(),
                List.of(new EventDraft.ParticipantDraft(council.id(), "voting body"),
                        new EventDraft.ParticipantDraft(mayor.id(), "proposer"),
                        new EventDraft.ParticipantDraft(novak.id(), "opposition"))));
        return new DemoCatalog(mayor, novak, transport, vote);
    }

    private ActorDetails actor(ActorDraft draft) {
        return actors.create(draft, DuplicateCheck.CREATE_ANYWAY);
    }

    private record DemoCatalog(ActorDetails mayor, ActorDetails novak, ActorDetails transportDepartment,
                               EventDetails vote) {
    }

    private ClaimDetails highlight(ArticleDetails article, String quote, String restatement) {
        int start = article.text().indexOf(quote);
        return claims.create(article.id(), new TextSelection(start, start + quote.length(), quote), restatement);
    }

    private void mention(ArticleDetails article, String quote, java.util.UUID actorId) {
        int start = article.text().indexOf(quote);
        mentions.mentionActor(article.id(), new TextSelection(start, start + quote.length(), quote), actorId);
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo article " + resource + " is missing from the build", e);
        }
    }
}
