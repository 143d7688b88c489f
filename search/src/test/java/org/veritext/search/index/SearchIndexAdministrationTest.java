package org.veritext.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.veritext.core.NotPermittedException;
import org.veritext.core.testing.DatabaseTest;

class SearchIndexAdministrationTest extends DatabaseTest {

    @Autowired
    private SearchIndexAdministration administration;

    @Test
    @WithMockUser(username = DatabaseTest.ADMIN, roles = "ADMIN")
    void letsAnAdminSeeTheIndexAgainstTheLogAndRebuildIt() {
        administration.rebuild();

        SearchIndexAdministration.Status status = administration.status();
        assertThat(status.index().path()).contains("test-index");
        assertThat(status.logHead()).isEqualTo(changeLog.head());
    }

    @Test
    @WithMockUser(username = DatabaseTest.REVIEWER, roles = "REVIEWER")
    void refusesEveryoneElse() {
        assertThatThrownBy(() -> administration.rebuild()).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("Only an admin");
        assertThatThrownBy(() -> administration.status()).isInstanceOf(NotPermittedException.class);
    }
}
