package org.veritext.core.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleRepository extends JpaRepository<Article, UUID> {

    /** Titles containing the pattern (a LIKE pattern with {@code \} as escape), with each article's claim count. */
    @Query(value = """
            select new org.veritext.core.article.ArticleSummary(a.id, a.projectId, a.title, a.publisher,
                   a.publishedOn, a.importedAt, (select count(c) from Claim c where c.article = a))
            from Article a
            where a.projectId in :projects and lower(a.title) like :pattern escape '\\'
            """,
            countQuery = """
            select count(a) from Article a where a.projectId in :projects and lower(a.title) like :pattern escape '\\'
            """)
    Page<ArticleSummary> findSummaries(@Param("projects") Collection<UUID> projects, @Param("pattern") String pattern,
                                       Pageable pageable);

    Optional<Article> findFirstByProjectIdAndTextSha256(UUID projectId, String textSha256);

    /** Articles in id order after {@code after}: a keyset page, for reading them all in batches. */
    List<Article> findByIdGreaterThanOrderById(UUID after, Limit limit);
}
