package org.veritext.core.claim;

import java.util.Collection;
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
            select c from Claim c join fetch c.article a join fetch c.createdBy join fetch c.modifiedBy
            where a.id = :articleId
            order by c.anchor.start, c.anchor.end desc, c.createdAt
            """)
    List<Claim> findByArticleInTextOrder(@Param("articleId") UUID articleId);

    @Query("""
            select c from Claim c
            where c.article.id = :articleId and c.anchor.start = :start and c.anchor.end = :end
            order by c.createdAt
            """)
    List<Claim> findSameWords(@Param("articleId") UUID articleId, @Param("start") int start, @Param("end") int end);

    @Query(value = "select new org.veritext.core.claim.LinkedClaim(c.id, a.id, a.title, a.publisher, a.publishedOn, "
            + "c.anchor.quote, c.restatement, c.verdict, link.role, c.createdAt) "
            + "from Claim c join c.article a join c.actorLinks link "
            + "where link.actor.id = :actorId order by coalesce(a.publishedOn, cast(c.createdAt as LocalDate)) desc, c.createdAt desc")
    List<LinkedClaim> findLinkedToActor(@Param("actorId") UUID actorId);

    @Query(value = "select new org.veritext.core.claim.LinkedClaim(c.id, a.id, a.title, a.publisher, a.publishedOn, "
            + "c.anchor.quote, c.restatement, c.verdict, null, c.createdAt) "
            + "from Claim c join c.article a join c.events e "
            + "where e.id = :eventId order by coalesce(a.publishedOn, cast(c.createdAt as LocalDate)) desc, c.createdAt desc")
    List<LinkedClaim> findLinkedToEvent(@Param("eventId") UUID eventId);

    @Query("select distinct c from Claim c join c.actorLinks link where link.actor = :actor")
    List<Claim> findLinkedTo(@Param("actor") org.veritext.core.actor.Actor actor);

    @Query("select distinct c.id from Claim c join c.actorLinks link where link.actor.id = :actorId")
    List<UUID> findIdsLinkedToActor(@Param("actorId") UUID actorId);

    @Query("select c.id from Claim c join c.events e where e.id = :eventId")
    List<UUID> findIdsLinkedToEvent(@Param("eventId") UUID eventId);

    /** Claims in id order after {@code after}: a keyset page, stable while claims are added or deleted. */
    List<Claim> findByIdGreaterThanOrderById(UUID after, Limit limit);
}
