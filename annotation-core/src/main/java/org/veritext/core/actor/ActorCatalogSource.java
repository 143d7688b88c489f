package org.veritext.core.actor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.catalog.CatalogEntry;
import org.veritext.core.catalog.CatalogSource;
import org.veritext.core.catalog.EntryKind;
import org.veritext.core.changes.SubjectType;

/** The actors, as the name catalog reads them: read as committed, in a transaction of their own. */
@Component
@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
class ActorCatalogSource implements CatalogSource {

    private final ActorRepository actors;

    ActorCatalogSource(ActorRepository actors) {
        this.actors = actors;
    }

    @Override
    public EntryKind kind() {
        return EntryKind.ACTOR;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.ACTOR;
    }

    @Override
    public List<CatalogEntry> all() {
        return actors.findAll().stream().map(ActorCatalogSource::entry).toList();
    }

    @Override
    public Optional<CatalogEntry> find(UUID id) {
        return actors.findById(id).map(ActorCatalogSource::entry);
    }

    static CatalogEntry entry(Actor actor) {
        return new CatalogEntry(actor.getId(), EntryKind.ACTOR, actor.allNames(), actor.getType().label());
    }
}
