package org.veritext.core.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A catalog of names (each owner, such as an actor or an event, has a name and aliases) that finds every
 * occurrence of any of them in a text, whatever the case, accents, punctuation or script: "Zelenskiy",
 * "ZELENSKYY" and "Зеленський" all find the owner of "Zelenskyy".
 *
 * <p>Names and text are cut into words, each word turned into its {@link NameKeys} skeletons, and names stored as
 * paths of skeletons. Every prefix of every path is a key of one hash map, so following a text word by word costs
 * one lookup per word and spelling. The text is read once; at each word the longest name that starts there is
 * taken, and the search goes on after it: matches never overlap and come in text order. A name does not run across
 * punctuation or a line break (see {@link Words#joinable}); capitals are respected for short acronyms and names of
 * common words only (see {@link CaseRule}). Words are compared whole, so an inflected form ("Росії" for "Росія")
 * is found only if the catalog lists it; an English possessive is not part of the word, so "Zelenskyy's" is found.
 * Spellings that the skeletons do not bring together ("Kyiv" and "Kiev") must be aliases.
 *
 * <p>Thread-safe: {@link #findIn} may run in many threads while {@link #put} and {@link #remove} change the catalog.
 * The expensive work (cutting and transliterating) is done outside the lock; a read-write lock guards the map, so
 * each search sees the catalog either before or after any one change, never half of it. Owners must have a
 * meaningful {@code equals} and {@code hashCode}.
 */
public final class NameDictionary<T> {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Slot<T>> slots = new HashMap<>();
    private final Map<T, List<Entry<T>>> entriesByOwner = new HashMap<>();
    private int size;

    /** Sets an owner's names (name and aliases), replacing those it had. Names of only punctuation are ignored. */
    public void put(T owner, Collection<String> names) {
        Objects.requireNonNull(owner, "owner");
        List<Entry<T>> entries = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            Entry<T> entry = Entry.of(owner, name);
            if (entry != null) {
                entries.add(entry);
            }
        }
        lock.writeLock().lock();
        try {
            removeLocked(owner);
            if (!entries.isEmpty()) {
                entries.forEach(this::addLocked);
                entriesByOwner.put(owner, List.copyOf(entries));
                size += entries.size();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(T owner) {
        lock.writeLock().lock();
        try {
            removeLocked(owner);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How many names the catalog holds, aliases included. */
    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every occurrence of a catalog name in the text: longest first at each place, not overlapping, in text order. */
    public List<NameMatch<T>> findIn(String text) {
        List<Words.Word> words = Words.of(text);
        List<Set<String>> keys = new ArrayList<>(words.size());
        Map<String, Set<String>> keysOfWord = new HashMap<>();
        for (Words.Word word : words) {
            keys.add(keysOfWord.computeIfAbsent(word.text(), w -> NameKeys.ofWord(w).skeletons()));
        }
        List<NameMatch<T>> matches = new ArrayList<>();
        lock.readLock().lock();
        try {
            int i = 0;
            while (i < words.size()) {
                int last = longestMatchFrom(i, words, keys, matches, text);
                i = last < 0 ? i + 1 : last + 1;
            }
        } finally {
            lock.readLock().unlock();
        }
        return matches;
    }

    /** Adds the longest name that starts at word {@code first}; returns its last word, or -1 if none starts there. */
    private int longestMatchFrom(int first, List<Words.Word> words, List<Set<String>> keys,
                                 List<NameMatch<T>> matches, String text) {
        List<String> prefixes = List.of("");
        int bestLast = -1;
        Set<T> bestOwners = null;
        for (int last = first; last < words.size() && !prefixes.isEmpty(); last++) {
            List<String> longer = new ArrayList<>(2);
            Set<T> owners = null;
            for (String prefix : prefixes) {
                for (String key : keys.get(last)) {
                    String path = prefix.isEmpty() ? key : prefix + ' ' + key;
                    Slot<T> slot = slots.get(path);
                    if (slot == null) {
                        continue;
                    }
                    for (Entry<T> entry : slot.endings) {
                        if (entry.accepts(words, first)) {
                            owners = owners == null ? new LinkedHashSet<>() : owners;
                            owners.add(entry.owner);
                        }
                    }
                    if (slot.continuing > 0 && !longer.contains(path)) {
                        longer.add(path);
                    }
                }
            }
            if (owners != null) {
                bestLast = last;
                bestOwners = owners;
            }
            boolean joinsNext = !longer.isEmpty() && last + 1 < words.size()
                    && Words.joinable(text, words.get(last), words.get(last + 1));
            prefixes = joinsNext ? longer : List.of();
        }
        if (bestLast >= 0) {
            int start = TextBoundaries.clusterStartAtOrBefore(text, words.get(first).start());
            int end = TextBoundaries.clusterEndAtOrAfter(text, words.get(bestLast).end());
            matches.add(new NameMatch<>(start, end, text.substring(start, end), bestOwners));
        }
        return bestLast;
    }

    private void addLocked(Entry<T> entry) {
        for (String path : entry.paths) {
            int space = path.indexOf(' ');
            while (space >= 0) {
                slots.computeIfAbsent(path.substring(0, space), k -> new Slot<>()).continuing++;
                space = path.indexOf(' ', space + 1);
            }
            slots.computeIfAbsent(path, k -> new Slot<>()).endings.add(entry);
        }
    }

    private void removeLocked(T owner) {
        List<Entry<T>> entries = entriesByOwner.remove(owner);
        if (entries == null) {
            return;
        }
        for (Entry<T> entry : entries) {
            for (String path : entry.paths) {
                int space = path.indexOf(' ');
                while (space >= 0) {
                    String prefix = path.substring(0, space);
                    Slot<T> slot = slots.get(prefix);
                    slot.continuing--;
                    dropIfEmpty(prefix, slot);
                    space = path.indexOf(' ', space + 1);
                }
                Slot<T> slot = slots.get(path);
                slot.endings.remove(entry);
                dropIfEmpty(path, slot);
            }
        }
        size -= entries.size();
    }

    private void dropIfEmpty(String path, Slot<T> slot) {
        if (slot.continuing == 0 && slot.endings.isEmpty()) {
            slots.remove(path);
        }
    }

    /** A prefix of one or more paths: how many paths go on past it, and the names that end here. */
    private static final class Slot<T> {
        int continuing;
        final List<Entry<T>> endings = new ArrayList<>(1);
    }

    /** One name of one owner, with its paths and the case its words must have in a text. */
    private static final class Entry<T> {
        final T owner;
        final List<String> paths;
        final int wordCount;
        final CaseRule caseRule;
        final List<String> caseForms;

        private Entry(T owner, List<String> paths, int wordCount, CaseRule caseRule, List<String> caseForms) {
            this.owner = owner;
            this.paths = paths;
            this.wordCount = wordCount;
            this.caseRule = caseRule;
            this.caseForms = caseForms;
        }

        static <T> Entry<T> of(T owner, String name) {
            List<Words.Word> words = Words.of(name).stream()
                    .filter(w -> !NameKeys.ofWord(w.text()).isEmpty())
                    .toList();
            List<String> paths = NamePaths.of(words.stream().map(w -> NameKeys.ofWord(w.text())).toList());
            if (paths.isEmpty()) {
                return null;
            }
            CaseRule rule = CaseRule.of(name, words);
            List<String> caseForms = rule == CaseRule.AS_WRITTEN
                    ? words.stream().map(w -> CaseRule.caseForm(w.text())).toList()
                    : List.of();
            return new Entry<>(owner, paths, words.size(), rule, caseForms);
        }

        /** Whether the text's words from {@code first} on are written in a case this name accepts. */
        boolean accepts(List<Words.Word> words, int first) {
            return switch (caseRule) {
                case ANY -> true;
                case CAPITALS -> words.subList(first, first + wordCount).stream().allMatch(Words.Word::allCapitals);
                case AS_WRITTEN -> {
                    for (int i = 0; i < wordCount; i++) {
                        if (!CaseRule.caseForm(words.get(first + i).text()).equals(caseForms.get(i))) {
                            yield false;
                        }
                    }
                    yield true;
                }
            };
        }
    }
}
