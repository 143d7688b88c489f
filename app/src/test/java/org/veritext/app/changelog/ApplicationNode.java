package org.veritext.app.changelog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.veritext.app.VeritextApplication;
import org.veritext.core.article.ArticleService;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.claim.ClaimService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.veritext.app.testing.TestProjects;
import org.veritext.core.project.ProjectRole;
import org.veritext.core.user.AccountBootstrap;
import org.veritext.search.index.ClaimIndex;
import org.veritext.search.query.ClaimSearch;

/**
 * One Veritext node: the whole application, as in production (web server on a free port, production mode, no demo
 * profile), started in this JVM on the settings given. Several can run side by side on one database, each with its
 * own data folder (index), as several nodes behind a load balancer do.
 */
public final class ApplicationNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ApplicationNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts a node with its data (H2 database unless the arguments name another, search index) in {@code dataDir}.
     *
     * @param settings more settings, as command-line arguments ({@code --name=value}), which win over
     *                 application.properties
     */
    public static ApplicationNode start(Path dataDir, List<String> settings) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--vaadin.productionMode=true",
                "--veritext.data-dir=" + dataDir.toAbsolutePath()));
        all.addAll(settings);
        return new ApplicationNode(new SpringApplicationBuilder(VeritextApplication.class)
                .run(all.toArray(String[]::new)));
    }

    /** Settings that put a node on a PostgreSQL database. */
    public static List<String> postgres(String url, String user, String password) {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A named bean of the application, e.g. a lifecycle the caller wants to stop for a while. */
    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    public ClaimService claims() {
        return bean(ClaimService.class);
    }

    public ArticleService articles() {
        return bean(ArticleService.class);
    }

    public ClaimSearch search() {
        return bean(ClaimSearch.class);
    }

    public ClaimIndex index() {
        return bean(ClaimIndex.class);
    }

    public ChangeLog changeLog() {
        return bean(ChangeLog.class);
    }

    /**
     * Creates an annotator account in the project {@link TestProjects#TEST_DESK} (accounts and projects live in the
     * database, so every node on it knows them) and returns its id.
     */
    public UUID createAnnotator(String username) {
        UUID id = bean(AccountBootstrap.class).createAccount(username, username, username + "-password", false)
                .getId();
        TestProjects.join(bean(JdbcTemplate.class), TestProjects.TEST_DESK, id, ProjectRole.ANNOTATOR);
        return id;
    }

    /** The project the annotators of {@link #createAnnotator} work in. */
    public UUID testDesk() {
        return TestProjects.named(bean(JdbcTemplate.class), TestProjects.TEST_DESK);
    }

    /** Runs {@code work} on this thread signed in as the annotator {@code username}, and returns its result. */
    public static <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_USER")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Stops the node as a shutdown would: followers stop, the index commits, connections close. */
    @Override
    public void close() {
        context.close();
    }
}
