package org.veritext.core.mention;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.veritext.core.actor.Actor;

interface MentionRepository extends JpaRepository<Mention, UUID> {

    @Query("""
            select m from Mention m left join fetch m.actor left join fetch m.event
            where m.article.id = :articleId
            order by m.anchor.start, m.anchor.end desc
            """)
    List<Mention> findByArticleInTextOrder(@Param("articleId") UUID articleId);

    @Query("select m from Mention m where m.actor = :actor")
    List<Mention> findNaming(@Param("actor") Actor actor);

    long countByActor_Id(UUID actorId);
}
