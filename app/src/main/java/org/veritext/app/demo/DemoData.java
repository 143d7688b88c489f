package org.veritext.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.veritext.core.claim.ClaimService;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.user.Role;
import org.veritext.core.user.UserAccountService;

/**
 * On the first start in the {@code demo} profile: the demo accounts, and one short article written for the demo
 * (a made-up story, not a real one) with two claims already highlighted, so search has something to find.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String ARTICLE = "demo/harbour-tram.txt";

    private final DemoAccounts demoAccounts;
    private final UserAccountService accounts;
    private final ArticleService articles;
    private final ClaimService claims;

    DemoData(DemoAccounts demoAccounts, UserAccountService accounts, ArticleService articles, ClaimService claims) {
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
                accounts.createAccount(account.username(), account.displayName(), account.password(), account.role());
            }
        }
        if (firstStart) {
            RunAs.run("annotator", Role.ANNOTATOR, this::importDemoArticle);
            log.info("Demo data created: sign in as annotator/annotator, reviewer/reviewer or admin/admin");
        }
    }

    private void importDemoArticle() {
        String text = read(ARTICLE);
        ArticleDetails article = articles.importArticle(new NewArticle(
                "Harbour council approves night tram after 14-hour debate", text,
                "https://example.org/harbour-herald/night-tram", "Harbour Herald (demo)", LocalDate.of(2026, 3, 12),
                "en"));
        highlight(article, "cost 48 million euros", "The night tram will cost 48 million euros.");
        highlight(article, "cut late-night car journeys in the old town by a third",
                "The night tram will cut late-night car journeys in the old town by a third.");
    }

    private void highlight(ArticleDetails article, String quote, String restatement) {
        int start = article.text().indexOf(quote);
        claims.create(article.id(), new TextSelection(start, start + quote.length(), quote), restatement);
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo article " + resource + " is missing from the build", e);
        }
    }
}
