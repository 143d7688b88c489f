package org.veritext.core.claim;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.veritext.core.review.ReviewState;

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
            + "where link.actor.id = :actorId and a.projectId in :projects order by coalesce(a.publishedOn, cast(c.createdAt as LocalDate)) desc, c.createdAt desc")
    List<LinkedClaim> findLinkedToActor(@Param("actorId") UUID actorId, @Param("projects") Collection<UUID> projects);

    @Query(value = "select new org.veritext.core.claim.LinkedClaim(c.id, a.id, a.title, a.publisher, a.publishedOn, "
            + "c.anchor.quote, c.restatement, c.verdict, null, c.createdAt) "
            + "from Claim c join c.article a join c.events e "
            + "where e.id = :eventId and a.projectId in :projects order by coalesce(a.publishedOn, cast(c.createdAt as LocalDate)) desc, c.createdAt desc")
    List<LinkedClaim> findLinkedToEvent(@Param("eventId") UUID eventId, @Param("projects") Collection<UUID> projects);

    @Query(value = "select new org.veritext.core.claim.LinkedClaim(c.id, a.id, a.title, a.publisher, a.publishedOn, "
            + "c.anchor.quote, c.restatement, c.verdict, null, c.createdAt) "
            + "from Claim c join c.article a "
            + "where c.id = :claimId and a.projectId in :projects")
    List<LinkedClaim> findLinkedClaim(@Param("claimId") UUID claimId, @Param("projects") Collection<UUID> projects);

    @Query(value = "select new org.veritext.core.claim.LinkedClaim(c.id, a.id, a.title, a.publisher, a.publishedOn, "
            + "c.anchor.quote, c.restatement, c.verdict, null, c.createdAt) "
            + "from Claim c join c.article a "
            + "where c.repeatOfId = :claimId and a.projectId in :projects order by c.createdAt desc")
    List<LinkedClaim> findRepeatsOf(@Param("claimId") UUID claimId, @Param("projects") Collection<UUID> projects);

    @Query("select distinct c from Claim c join c.actorLinks link where link.actor = :actor")
    List<Claim> findLinkedTo(@Param("actor") org.veritext.core.actor.Actor actor);

    @Query("select distinct c.id from Claim c join c.actorLinks link where link.actor.id = :actorId")
    List<UUID> findIdsLinkedToActor(@Param("actorId") UUID actorId);

    @Query("select c.id from Claim c join c.events e where e.id = :eventId")
    List<UUID> findIdsLinkedToEvent(@Param("eventId") UUID eventId);

    String QUEUED = "select new org.veritext.core.claim.QueuedClaim(c.id, a.id, a.title, a.projectId, c.anchor.quote, "
            + "c.restatement, c.verdict, c.reviewState, coalesce(c.stateChangedAt, c.modifiedAt), "
            + "coalesce(s.displayName, m.displayName)) "
            + "from Claim c join c.article a join c.modifiedBy m left join c.stateChangedBy s ";
    String MINE = "where (c.createdBy.id = :me or m.id = :me) and c.reviewState = :state and a.projectId in :projects";
    String AWAITING = "where c.reviewState = org.veritext.core.review.ReviewState.SUBMITTED "
            + "and a.projectId in :projects and c.createdBy.id <> :me and m.id <> :me "
            + "and (c.reviewer is null or c.reviewer.id = :me)";
    String MOVED_SINCE = "where c.reviewState = :state and c.stateChangedAt >= :since and a.projectId in :projects";

    /** Claims the user made or last edited, in one state: his drafts, or those sent back to him. */
    @Query(QUEUED + MINE + " order by c.modifiedAt desc")
    List<QueuedClaim> findMine(@Param("me") UUID me, @Param("state") ReviewState state,
                               @Param("projects") Collection<UUID> projects, Limit limit);

    @Query("select count(c) from Claim c join c.article a join c.modifiedBy m " + MINE)
    long countMine(@Param("me") UUID me, @Param("state") ReviewState state,
                   @Param("projects") Collection<UUID> projects);

    /** Submitted claims the user may review (not his own work), asked of him or of anyone: oldest first. */
    @Query(QUEUED + AWAITING + " order by c.stateChangedAt")
    List<QueuedClaim> findAwaitingReviewBy(@Param("me") UUID me, @Param("projects") Collection<UUID> projects,
                                           Limit limit);

    @Query("select count(c) from Claim c join c.article a join c.modifiedBy m " + AWAITING)
    long countAwaitingReviewBy(@Param("me") UUID me, @Param("projects") Collection<UUID> projects);

    @Query(QUEUED + MOVED_SINCE + " order by c.stateChangedAt desc")
    List<QueuedClaim> findMovedSince(@Param("state") ReviewState state, @Param("since") Instant since,
                                     @Param("projects") Collection<UUID> projects, Limit limit);

    @Query("select count(c) from Claim c join c.article a " + MOVED_SINCE)
    long countMovedSince(@Param("state") ReviewState state, @Param("since") Instant since,
                         @Param("projects") Collection<UUID> projects);

    /** Claims in id order after {@code after}: a keyset page, stable while claims are added or deleted. */
    List<Claim> findByIdGreaterThanOrderById(UUID after, Limit limit);
}
