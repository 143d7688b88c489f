package org.veritext.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.veritext.core.DomainException;
import org.veritext.core.NotFoundException;
import org.veritext.core.NotPermittedException;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.user.AccountPrincipal;
import org.veritext.core.text.Sha256;

@WithMockUser(username = DatabaseTest.ANNOTATOR, roles = "ANNOTATOR")
class ArticleServiceTest extends DatabaseTest {

    @Autowired
    private ArticleService articles;


    @Test
    void importsAnArticleWithNormalisedTextAndItsFingerprint() {
        long logBefore = changeLog.head();
        ArticleDetails article = articles.importArticle(desk, new NewArticle("  Talks\nin Istanbul ",
                "Caf\u0065\u0301 talks.\r\n\r\n\r\nSecond\u0000 paragraph.", "https://news.example/a", "Herald",
                LocalDate.of(2025, 6, 2), "tr"));

        ArticleDetails stored = articles.get(article.id());
        assertThat(stored.title()).isEqualTo("Talks in Istanbul");
        assertThat(stored.text()).isEqualTo("Caf\u00E9 talks.\n\nSecond paragraph.");
        assertThat(stored.language()).isEqualTo("tr");
        assertThat(stored.importedBy().id()).isEqualTo(userId(ANNOTATOR));
        assertThat(jdbc.queryForObject("SELECT text_sha256 FROM article WHERE id = ?", String.class, article.id()))
                .isEqualTo(Sha256.of(stored.text()));
        assertThat(changesAfter(logBefore)).containsExactly("ARTICLE_IMPORTED " + article.id());
    }

    @Test
    void defaultsTheLanguageToEnglish() {
        assertThat(articles.importArticle(desk, NewArticle.of("T", "Text")).language()).isEqualTo("en");
    }

    @Test
    void refusesAnArticleWithoutText() {
        assertThatThrownBy(() -> articles.importArticle(desk, NewArticle.of("Empty", " \n\u0000\t ")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("has no text");
        assertThat(countArticles()).isZero();
    }

    @Test
    void refusesAnArticleWithoutTitle() {
        assertThatThrownBy(() -> articles.importArticle(desk, NewArticle.of(" ", "Text")))
                .hasMessageContaining("title");
        assertThat(countArticles()).isZero();
    }

    @Test
    void refusesATextOfOnlyUnicodeSpacesAsEmpty() {
        assertThatThrownBy(() -> articles.importArticle(desk, NewArticle.of("Blank", "\u00A0\u2003\n\u00A0\u202F\u3000")))
                .isInstanceOf(DomainException.class)
                .hasMessage("The article has no text. Paste the text or choose a file that has some.");
        assertThat(countArticles()).isZero();
    }

    @Test
    void refusesATextOfOnlyInvisibleCharacters() {
        assertThatThrownBy(() -> articles.importArticle(desk, NewArticle.of("Invisible", "\u200B\u2060\n\n\u202E\u200D")))
                .isInstanceOf(DomainException.class)
                .hasMessage("The article's text holds only invisible characters (spaces, zero-width or direction "
                        + "marks). Paste the text or choose a file that has some.");
        assertThat(countArticles()).isZero();
    }

    @Test
    void refusesATitleOfOnlyControlBidiAndZeroWidthCharacters() {
        assertThatThrownBy(() -> articles.importArticle(desk, NewArticle.of("\u202E\u0007\u200B", "Text")))
                .isInstanceOf(DomainException.class)
                .hasMessage("The title holds only invisible characters (spaces, zero-width or direction marks). "
                        + "Give the article a title that can be read.");
        assertThat(countArticles()).isZero();
    }

    @Test
    void refusesATitleOfOnlyNoBreakAndEmSpaces() {
        assertThatThrownBy(() -> articles.importArticle(desk, NewArticle.of("\u00A0\u2003\u00A0", "Text")))
                .hasMessage("Give the article a title.");
        assertThat(countArticles()).isZero();
    }

    @Test
    void keepsDirectionMarksInsideARealTitle() {
        String rightToLeft = "\u202B\u062A\u0642\u0631\u064A\u0631 2025\u202C";

        ArticleDetails article = articles.importArticle(desk, NewArticle.of(rightToLeft, "Text"));

        assertThat(articles.get(article.id()).title()).isEqualTo(rightToLeft);
    }

    @Test
    void refusesAPublisherOfOnlyInvisibleCharacters() {
        NewArticle article = new NewArticle("T", "Text", null, "\u200B\u00A0", null, null);

        assertThatThrownBy(() -> articles.importArticle(desk, article))
                .hasMessage("The publisher's name holds only invisible characters (spaces, zero-width or direction "
                        + "marks). Type the name, or leave the field empty.");
        assertThat(countArticles()).isZero();
    }

    @Test
    void refusesATextLongerThanTheLimitNamingBothLengthsAndCutsNothing() {
        String tooLong = "a".repeat(ArticleService.MAX_TEXT_LENGTH + 1);

        assertThatThrownBy(() -> articles.importArticle(desk, NewArticle.of("Long", tooLong)))
                .isInstanceOf(DomainException.class)
                .hasMessage("The text is 5,000,001 characters long; Veritext takes at most 5,000,000. "
                        + "Import the article in parts, or leave out what is not the article.");
        assertThat(countArticles()).isZero();
    }

    @Test
    void acceptsATextOfExactlyTheLimit() {
        String longest = "a".repeat(ArticleService.MAX_TEXT_LENGTH);

        assertThat(articles.importArticle(desk, NewArticle.of("Longest", longest)).text()).hasSize(5_000_000);
    }

    @Test
    void refusesATitleLongerThanTheLimit() {
        assertThatThrownBy(() -> articles.importArticle(desk, NewArticle.of("t".repeat(501), "Text")))
                .hasMessage("The title is 501 characters long; Veritext takes at most 500. Shorten it.");
        assertThat(countArticles()).isZero();
    }

    @Test
    void refusesAValidLanguageTagTooLongForItsColumn() {
        String privateUse = "en-x-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd";
        NewArticle article = new NewArticle("T", "Text", null, null, null, privateUse);

        assertThatThrownBy(() -> articles.importArticle(desk, article))
                .isInstanceOf(DomainException.class)
                .hasMessage("The language code is 40 characters long; Veritext takes at most 35. "
                        + "Use a shorter code, such as en, tr or pt-BR.");
        assertThat(countArticles()).isZero();
    }

    @Test
    void acceptsALanguageTagOfExactly35Characters() {
        String privateUse = "en-x-aaaaaaaa-bbbbbbbb-cccccccc-ddd";

        ArticleDetails article = articles.importArticle(desk, new NewArticle("T", "Text", null, null, null, privateUse));

        assertThat(articles.get(article.id()).language()).isEqualTo(privateUse);
    }

    @Test
    void aRefusalByTheDatabaseOtherThanTheSameTextIsNotReportedAsADuplicate() {
        // As H2 and PostgreSQL report unique violations: SQLSTATE 23505, naming the index or the constraint.
        DataIntegrityViolationException otherIndex = new DataIntegrityViolationException("refused",
                new java.sql.SQLException("Unique index or primary key violation: PUBLIC.PRIMARY_KEY_A", "23505"));
        DataIntegrityViolationException sameText = new DataIntegrityViolationException("refused",
                new java.sql.SQLException("duplicate key value violates unique constraint "
                        + "\"article_text_once_per_project\"", "23505"));
        DataIntegrityViolationException tooLong = new DataIntegrityViolationException("refused",
                new java.sql.SQLException("value too long for type character varying(35)", "22001"));

        assertThat(SameTextConstraint.violatedBy(otherIndex)).isFalse();
        assertThat(SameTextConstraint.violatedBy(tooLong)).isFalse();
        assertThat(SameTextConstraint.violatedBy(sameText)).isTrue();
    }

    @Test
    void refusesASourceThatIsNotAWebAddress() {
        NewArticle scripted = new NewArticle("T", "Text", "javascript:alert(1)", null, null, null);

        assertThatThrownBy(() -> articles.importArticle(desk, scripted)).hasMessageContaining("http://");
        assertThat(countArticles()).isZero();
    }

    @Test
    void refusesAnUnknownLanguageCode() {
        NewArticle article = new NewArticle("T", "Text", null, null, null, "not a language!");

        assertThatThrownBy(() -> articles.importArticle(desk, article)).hasMessageContaining("not a language code");
    }

    @Test
    void refusesTheSameTextTwiceAndPointsToTheFirstImport() {
        ArticleDetails first = articles.importArticle(desk, NewArticle.of("First", "Same text."));

        assertThatThrownBy(() -> articles.importArticle(desk, NewArticle.of("Second", "Same text.\n")))
                .isInstanceOfSatisfying(DuplicateArticleException.class,
                        e -> assertThat(e.existingArticleId()).isEqualTo(first.id()))
                .hasMessageContaining("\u201CFirst\u201D");
        assertThat(countArticles()).isOne();
    }

    @Test
    void listsArticlesFilteredByTitleWithTheirClaimCounts() {
        articles.importArticle(desk, NewArticle.of("Istanbul talks", "One."));
        articles.importArticle(desk, NewArticle.of("Harbour tram", "Two."));
        articles.importArticle(desk, NewArticle.of("100% ISTANBUL_report", "Three."));

        var page = articles.list(null, "istanbul", PageRequest.of(0, 10, Sort.by("title")));

        assertThat(page.getContent()).extracting(ArticleSummary::title)
                .containsExactly("100% ISTANBUL_report", "Istanbul talks");
        assertThat(page.getContent()).extracting(ArticleSummary::claimCount).containsOnly(0L);
        assertThat(articles.list(null, "0%", PageRequest.of(0, 10)).getContent()).extracting(ArticleSummary::title)
                .containsExactly("100% ISTANBUL_report");
        assertThat(articles.list(null, "tanbul_", PageRequest.of(0, 10)).getContent()).extracting(ArticleSummary::title)
                .containsExactly("100% ISTANBUL_report");
        assertThat(articles.list(null, "", PageRequest.of(0, 10)).getTotalElements()).isEqualTo(3);
    }

    @Test
    void reportsAnUnknownArticleAsNotFound() {
        assertThatThrownBy(() -> articles.get(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithMockUser(username = "someone", authorities = "SOMETHING_ELSE")
    void refusesUsersWithoutARole() {
        assertThatThrownBy(() -> articles.importArticle(desk, NewArticle.of("T", "Text")))
                .isInstanceOf(NotPermittedException.class);
    }

    private long countArticles() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class);
    }
}
