package org.veritext.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.veritext.core.DomainException;
import org.veritext.core.testing.DatabaseTest;

/**
 * Two people import the same text at the same moment: both pass the duplicate check, and the database's unique
 * fingerprint refuses the second insert. Played here by hiding the first import from the duplicate check.
 */
@WithMockUser(username = DatabaseTest.ANNOTATOR, roles = "ANNOTATOR")
class ArticleImportRaceTest extends DatabaseTest {

    @MockitoSpyBean
    private ArticleRepository repository;

    @Autowired
    private ArticleService articles;

    @Test
    void theSecondOfTwoSimultaneousImportsOfOneTextIsToldSomeoneWasFaster() {
        articles.importArticle(desk, NewArticle.of("First", "Same text."));
        doReturn(Optional.empty()).when(repository).findFirstByProjectIdAndTextSha256(any(), anyString());

        assertThatThrownBy(() -> articles.importArticle(desk, NewArticle.of("Second", "Same text.")))
                .isInstanceOf(DomainException.class)
                .hasMessage("Someone imported this same text a moment ago. Find it in the article list.");
        assertThat(jdbc.queryForObject("SELECT title FROM article", String.class)).isEqualTo("First");
    }
}
