package org.veritext.core.claim;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClaimRepository extends JpaRepository<Claim, UUID> {

    /** In text order: by start, the longer (outer) claim first when two start together. */
    @Query("""
            select c from Claim c join fetch c.article a
            where a.id = :articleId
            order by c.anchor.start, c.anchor.end desc, c.createdAt
            """)
    List<Claim> findByArticleInTextOrder(@Param("articleId") UUID articleId);

    @Query("""
            select new org.veritext.core.claim.ClaimDigest(c.id, a.id, c.anchor.quote, c.restatement, a.title,
                   a.publisher, a.publishedOn, c.createdBy, c.createdAt, c.modifiedAt)
            from Claim c join c.article a
            where c.id = :claimId
            """)
    Optional<ClaimDigest> findDigest(@Param("claimId") UUID claimId);

    /** Digests in id order after {@code after}: a keyset page, stable while claims are added or deleted. */
    @Query("""
            select new org.veritext.core.claim.ClaimDigest(c.id, a.id, c.anchor.quote, c.restatement, a.title,
                   a.publisher, a.publishedOn, c.createdBy, c.createdAt, c.modifiedAt)
            from Claim c join c.article a
            where c.id > :after
            order by c.id
            """)
    List<ClaimDigest> findDigestsAfter(@Param("after") UUID after, Limit limit);
}
