package org.veritext.core.event;

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

/** The events, as the name catalog reads them: read as committed, in a transaction of their own. */
@Component
@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
class EventCatalogSource implements CatalogSource {

    private final EventRepository events;

    EventCatalogSource(EventRepository events) {
        this.events = events;
    }

    @Override
    public EntryKind kind() {
        return EntryKind.EVENT;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.EVENT;
    }

    @Override
    public List<CatalogEntry> all() {
        return events.findAll().stream().map(EventCatalogSource::entry).toList();
    }

    @Override
    public Optional<CatalogEntry> find(UUID id) {
        return events.findById(id).map(EventCatalogSource::entry);
    }

    private static CatalogEntry entry(Event event) {
        return new CatalogEntry(event.getId(), EntryKind.EVENT, List.of(event.getTitle()), event.getType().label());
    }
}
