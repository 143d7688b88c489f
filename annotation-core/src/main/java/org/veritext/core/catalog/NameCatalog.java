package org.veritext.core.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.springframework.stereotype.Component;
import org.veritext.core.changes.Change;
import org.veritext.core.changes.ChangeFollower;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.changes.ChangeSignal;
import org.veritext.core.names.NameDictionary;
import org.veritext.core.names.NameKeys;
import org.veritext.core.names.NameMatch;
import org.veritext.core.names.SimilarName;
import org.veritext.core.names.SimilarNames;
import org.veritext.core.names.TokenKeys;

/**
 * Every actor and event name, in memory, for what must be fast and insensitive to case, accents, punctuation and
 * script (see {@link NameKeys}): warning about near-duplicates, completing a typed name, and finding known names in
 * an article. It follows the change log, so an actor created on any node is known on every node within moments;
 * and before answering it applies what this node has already heard of, so an actor saved a moment ago is known.
 */
@Component
public class NameCatalog implements ChangeFollower {

    private static final int CATCH_UP_BATCH = 1000;

    private final ChangeLog changeLog;
    private final ChangeSignal signal;
    private final List<CatalogSource> sources;
    private final Map<UUID, CatalogEntry> entries = new ConcurrentHashMap<>();
    private final NameDictionary<UUID> dictionary = new NameDictionary<>();
    private final Map<EntryKind, SimilarNames<UUID>> similarByKind = new EnumMap<>(EntryKind.class);
    /** Every key of every word of every name (folded, transliterated), for completion by prefix. */
    private final NavigableMap<String, Set<UUID>> wordKeys = new TreeMap<>();
    private final ReadWriteLock wordKeysLock = new ReentrantReadWriteLock();
    /** The change-log position the entries reflect; -1 until loaded. */
    private volatile long position = -1;

    NameCatalog(ChangeLog changeLog, ChangeSignal signal, List<CatalogSource> sources) {
        this.changeLog = changeLog;
        this.signal = signal;
        this.sources = sources;
        for (EntryKind kind : EntryKind.values()) {
            similarByKind.put(kind, new SimilarNames<>());
        }
    }

    /**
     * Entries of {@code kind} (other than {@code except}) that one of {@code names} probably means too: the same name
     * in another case, accent, spelling or script, the same words in another order, a close spelling, or a part of
     * the name ("Zelenskyy" for "Volodymyr Zelenskyy").
     */
    public List<CatalogEntry> similar(EntryKind kind, Collection<String> names, UUID except) {
        catchUp();
        Set<UUID> found = new LinkedHashSet<>();
        for (SimilarName<UUID> similar : similarByKind.get(kind).findSimilar(names)) {
            if (!similar.owner().equals(except)) {
                found.add(similar.owner());
            }
        }
        return found.stream().map(entries::get).filter(entry -> entry != null).toList();
    }

    /**
     * Entries of {@code kind} with a name, or a word of one, starting with what was typed, in any script ("зел" and
     * "zel" both find Zelenskyy); names starting with it first, then by name.
     */
    public List<CatalogEntry> complete(EntryKind kind, String typed, int limit) {
        catchUp();
        String folded = NameKeys.fold(typed == null ? "" : typed).strip();
        if (folded.isEmpty()) {
            return entries.values().stream().filter(entry -> entry.kind() == kind)
                    .sorted(Comparator.comparing(CatalogEntry::name, String.CASE_INSENSITIVE_ORDER)).limit(limit).toList();
        }
        Set<UUID> owners = new HashSet<>();
        List<TokenKeys> words = NameKeys.ofWords(typed);
        TokenKeys last = words.isEmpty() ? NameKeys.ofWord(typed) : words.getLast();
        wordKeysLock.readLock().lock();
        try {
            for (String prefix : prefixesOf(last)) {
                for (Set<UUID> withKey : wordKeys.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values()) {
                    owners.addAll(withKey);
                }
            }
        } finally {
            wordKeysLock.readLock().unlock();
        }
        return owners.stream().map(entries::get)
                .filter(entry -> entry != null && entry.kind() == kind && hasEveryEarlierWord(entry, words))
                .sorted(Comparator.comparing((CatalogEntry entry) -> !NameKeys.fold(entry.name()).startsWith(folded))
                        .thenComparing(CatalogEntry::name, String.CASE_INSENSITIVE_ORDER))
                .limit(limit)
                .toList();
    }

    /** Every occurrence of a catalog name in {@code text}, in text order, the longest where names overlap. */
    public List<CatalogMatch> findIn(String text) {
        catchUp();
        List<CatalogMatch> matches = new ArrayList<>();
        for (NameMatch<UUID> match : dictionary.findIn(text)) {
            List<CatalogEntry> owners = match.owners().stream().map(entries::get).filter(entry -> entry != null)
                    .sorted(Comparator.comparing(CatalogEntry::name)).toList();
            if (!owners.isEmpty()) {
                matches.add(new CatalogMatch(match.start(), match.end(), match.text(), owners));
            }
        }
        return matches;
    }

    /**
     * Forgets everything and reads all entries again: for when the database was changed behind the change log's
     * back (a restore from a backup, a test emptying tables).
     */
    public synchronized void reload() {
        for (UUID id : List.copyOf(entries.keySet())) {
            remove(id);
        }
        position = -1;
        catchUp();
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

    /** Applies changes in order; those already applied (by a question catching up first) are skipped. */
    @Override
    public synchronized void apply(List<Change> changes) {
        for (Change change : changes) {
            if (change.position() <= position) {
                continue;
            }
            for (CatalogSource source : sources) {
                if (source.subjectType() == change.subjectType()) {
                    source.find(change.subjectId()).ifPresentOrElse(this::put, () -> remove(change.subjectId()));
                }
            }
            // Only now: a question that sees this position must find the entry (it does not wait for the monitor).
            position = change.position();
        }
    }

    private void put(CatalogEntry entry) {
        remove(entry.id());
        entries.put(entry.id(), entry);
        dictionary.put(entry.id(), entry.names());
        similarByKind.get(entry.kind()).put(entry.id(), entry.names());
        wordKeysLock.writeLock().lock();
        try {
            for (String key : wordKeysOf(entry)) {
                wordKeys.computeIfAbsent(key, k -> new HashSet<>()).add(entry.id());
            }
        } finally {
            wordKeysLock.writeLock().unlock();
        }
    }

    private void remove(UUID id) {
        CatalogEntry old = entries.remove(id);
        if (old == null) {
            return;
        }
        dictionary.remove(id);
        similarByKind.get(old.kind()).remove(id);
        wordKeysLock.writeLock().lock();
        try {
            for (String key : wordKeysOf(old)) {
                Set<UUID> owners = wordKeys.get(key);
                if (owners != null && owners.remove(id) && owners.isEmpty()) {
                    wordKeys.remove(key);
                }
            }
        } finally {
            wordKeysLock.writeLock().unlock();
        }
    }

    private static Set<String> wordKeysOf(CatalogEntry entry) {
        Set<String> keys = new HashSet<>();
        for (String name : entry.names()) {
            for (TokenKeys word : NameKeys.ofWords(name)) {
                keys.add(word.folded());
                keys.addAll(word.spellings());
            }
        }
        keys.remove("");
        return keys;
    }

    /** What a typed (perhaps unfinished) word may begin: its folded form, and its spellings in Latin letters. */
    private static Set<String> prefixesOf(TokenKeys word) {
        Set<String> prefixes = new LinkedHashSet<>();
        prefixes.add(word.folded());
        prefixes.addAll(word.spellings());
        prefixes.remove("");
        return prefixes;
    }

    /** "Volodymyr Zel" must match a name with a word "volodymyr" and a word beginning "zel". */
    private boolean hasEveryEarlierWord(CatalogEntry entry, List<TokenKeys> typedWords) {
        if (typedWords.size() < 2) {
            return true;
        }
        Set<String> keys = wordKeysOf(entry);
        return typedWords.subList(0, typedWords.size() - 1).stream()
                .allMatch(word -> keys.contains(word.folded()) || word.spellings().stream().anyMatch(keys::contains));
    }

    /**
     * Loads every entry the first time; afterwards applies what this node has heard of but not yet applied. The
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
}
