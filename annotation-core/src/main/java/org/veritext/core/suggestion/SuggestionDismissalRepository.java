package org.veritext.core.suggestion;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SuggestionDismissalRepository extends JpaRepository<SuggestionDismissal, SuggestionDismissal.Key> {

    @Query("select d.key.suggestionKey from SuggestionDismissal d where d.key.articleId = :articleId")
    List<String> findKeys(@Param("articleId") UUID articleId);
}
