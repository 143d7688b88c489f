package org.veritext.core.actor;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActorRepository extends JpaRepository<Actor, UUID> {

    /** Actors whose name or an alias contains the pattern (a LIKE pattern on lower case, {@code \} escapes). */
    @Query(value = """
            select a from Actor a
            where lower(a.name) like :pattern escape '\\'
               or exists (select 1 from Actor b join b.aliases alias where b = a and lower(alias) like :pattern escape '\\')
            """,
            countQuery = """
            select count(a) from Actor a
            where lower(a.name) like :pattern escape '\\'
               or exists (select 1 from Actor b join b.aliases alias where b = a and lower(alias) like :pattern escape '\\')
            """)
    Page<Actor> findByNameContaining(@Param("pattern") String pattern, Pageable page);

    List<Actor> findByAffiliation(Actor affiliation);
}
