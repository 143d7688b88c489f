package org.veritext.core.event;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.veritext.core.actor.Actor;

interface EventRepository extends JpaRepository<Event, UUID> {

    @Query(value = "select e from Event e where lower(e.title) like :pattern escape '\\'",
            countQuery = "select count(e) from Event e where lower(e.title) like :pattern escape '\\'")
    Page<Event> findByTitleContaining(@Param("pattern") String pattern, Pageable page);

    @Query("select e from Event e where e.partOf = :parent order by e.startsOn, e.title")
    List<Event> findParts(@Param("parent") Event parent);

    @Query("select distinct e from Event e join e.participants p where p.actor = :actor")
    List<Event> findWithParticipant(@Param("actor") Actor actor);
}
