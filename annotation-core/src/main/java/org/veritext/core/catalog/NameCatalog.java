package org.veritext.core.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.veritext.core.changes.Change;
import org.veritext.core.changes.ChangeFollower;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.changes.ChangeSignal;

/**
 * Every actor and event name, in memory, for what must be fast and insensitive to case, accents, punctuation and
 * script: warning about near-duplicates, completing a typed name, and finding known names in an article. It follows
 * the change log, so an actor created on any node is known on every node within moments.
 */
@Component
public class NameCatalog implements ChangeFollower {

    private static final int CATCH_UP_BATCH = 1000;

    private final ChangeLog changeLog;
    private final ChangeSignal signal;
    private final List<CatalogSource> sources;
    private final Map<UUID, CatalogEntry> entries = new ConcurrentHashMap<>();
    /** The change-log position the entries reflect; -1 until loaded. */
    private volatile long position = -1;

    NameCatalog(ChangeLog changeLog, ChangeSignal signal, List<CatalogSource> sources) {
        this.changeLog = changeLog;
        this.signal = signal;
        this.sources = sources;
    }

    /** Entries of {@code kind} (other than {@code except}) that one of {@code names} probably means too. */
    public List<CatalogEntry> similar(EntryKind kind, Collection<String> names, UUID except) {
        catchUp();
        List<String> wanted = names.stream().map(NameCatalog::fold).filter(name -> !name.isEmpty()).toList();
        return entries.values().stream()
                .filter(entry -> entry.kind() == kind && !entry.id().equals(except))
                .filter(entry -> entry.names().stream().map(NameCatalog::fold).anyMatch(wanted::contains))
                .sorted(Comparator.comparing(CatalogEntry::name))
                .toList();
    }

    /** Entries of {@code kind} with a name (or a word of one) starting with what was typed, best first. */
    public List<CatalogEntry> complete(EntryKind kind, String typed, int limit) {
        catchUp();
        String prefix = fold(typed);
        return entries.values().stream()
                .filter(entry -> entry.kind() == kind)
                .filter(entry -> prefix.isEmpty() || entry.names().stream().map(NameCatalog::fold)
                        .anyMatch(name -> name.startsWith(prefix) || name.contains(" " + prefix)))
                .sorted(Comparator.comparing(CatalogEntry::name, String.CASE_INSENSITIVE_ORDER))
                .limit(limit)
                .toList();
    }

    /** Every occurrence of a catalog name in {@code text}, in text order, the longest where names overlap. */
    public List<CatalogMatch> findIn(String text) {
        catchUp();
        List<CatalogMatch> matches = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (CatalogEntry entry : entries.values()) {
            for (String name : entry.names()) {
                String wanted = name.toLowerCase(Locale.ROOT);
                for (int at = lower.indexOf(wanted); at >= 0 && !wanted.isEmpty(); at = lower.indexOf(wanted, at + 1)) {
                    matches.add(new CatalogMatch(at, at + wanted.length(), text.substring(at, at + wanted.length()),
                            List.of(entry)));
                }
            }
        }
        matches.sort(Comparator.comparingInt(CatalogMatch::start));
        return matches;
    }

    public Optional<CatalogEntry> get(UUID id) {
        catchUp();
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public String name() {
        return "name-catalog";
    }

    @Override
    public long startPosition() {
        catchUp();
        return position;
    }

    /** Applies changes in order; those already applied (by a query catching up first) are skipped. */
    @Override
    public synchronized void apply(List<Change> changes) {
        for (Change change : changes) {
            if (change.position() <= position) {
                continue;
            }
            for (CatalogSource source : sources) {
                if (source.subjectType() == change.subjectType()) {
                    source.find(change.subjectId()).ifPresentOrElse(this::put, () -> entries.remove(change.subjectId()));
                }
            }
            // Only now: a question that sees this position must find the entry (it does not wait for the monitor).
            position = change.position();
        }
    }

    private void put(CatalogEntry entry) {
        entries.put(entry.id(), entry);
    }

    /**
     * Loads every entry the first time; afterwards applies what this node has heard of but not yet applied, so that
     * an actor saved a moment ago (here, or on another node) is already known when the next question comes. The
     * follower thread does the same in the background.
     */
    private void catchUp() {
        if (position >= 0 && signal.announced() <= position) {
            return;
        }
        synchronized (this) {
            if (position < 0) {
                long head = changeLog.head();
                sources.forEach(source -> source.all().forEach(this::put));
                position = head;
            }
            List<Change> changes;
            do {
                changes = changeLog.after(position, CATCH_UP_BATCH);
                apply(changes);
            } while (changes.size() == CATCH_UP_BATCH);
        }
    }

    static String fold(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", " ").strip();
    }
}
