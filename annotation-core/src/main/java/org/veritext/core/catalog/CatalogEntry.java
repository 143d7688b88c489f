package org.veritext.core.catalog;

import java.util.List;
import java.util.UUID;

/**
 * An actor or an event as the name catalog knows it: every name it goes by (the first is its own name), and a
 * short label of its type for lists ("Person", "Talks / negotiation").
 */
public record CatalogEntry(UUID id, EntryKind kind, List<String> names, String typeLabel) {

    public CatalogEntry {
        names = List.copyOf(names);
    }

    public String name() {
        return names.getFirst();
    }
}
