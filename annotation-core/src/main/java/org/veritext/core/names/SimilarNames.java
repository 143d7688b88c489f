package org.veritext.core.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Finds the existing owners (actors, events) whose name or alias probably means the same as a new one, so that
 * creating a near-duplicate can warn and offer the existing one. An existing name is similar to a new one when
 *
 * <ol>
 *   <li>they share a {@link NameKeys key} ({@link Similarity#SAME_NAME}): "Зеленський" and "Zelenskiy";</li>
 *   <li>they have the same words in another order ({@link Similarity#SAME_WORDS}): "Zelenskyy, Volodymyr";</li>
 *   <li>their skeletons are within a small Damerau–Levenshtein distance ({@link Similarity#CLOSE_SPELLING}): at most
 *       1 when the shorter has 5 to 8 characters, 2 from 9 on, none below 5 ("Putin" and "Puton" are close,
 *       "Lavrov" and "Lavrova" are not: see below);</li>
 *   <li>every word of the new name is in the existing one ({@link Similarity#PART_OF_NAME}): "Zelenskyy" in
 *       "Volodymyr Zelenskyy"; or the existing name is one word of at least 5 letters that is the new name's last
 *       word ("Putin" for a new "Vladimir Putin").</li>
 * </ol>
 *
 * Two exceptions keep warnings worth reading: a Slavic feminine form is a different person, not a typo ("Zelenska"
 * is not "Zelensky", "Peskova" is not "Peskov"); and a person's or country's name inside an organisation's name
 * does not count as part of it ("Ukraine" is not "Ministry of Defence of Ukraine"). At most {@value #MAX_RESULTS}
 * owners are returned, one entry each with its strongest reason, strongest first.
 *
 * <p>Edit distances are computed only against keys whose length is close enough, after a letter-set filter; see the
 * benchmark for the time per query over 100,000 names. Thread-safe like {@link NameDictionary}.
 */
public final class SimilarNames<T> {

    static final int MAX_RESULTS = 20;
    private static final int MIN_LENGTH_FOR_TYPOS = 5;
    private static final int MIN_LENGTH_FOR_TWO_TYPOS = 9;
    private static final int MIN_LETTERS_OF_A_PART = 5;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<T, List<Name<T>>> namesByOwner = new HashMap<>();
    private final MultiIndex<Name<T>> byKey = new MultiIndex<>();
    private final MultiIndex<Name<T>> byWordSet = new MultiIndex<>();
    private final MultiIndex<Name<T>> byWord = new MultiIndex<>();
    private final Map<Integer, List<Skeleton<T>>> skeletonsByLength = new HashMap<>();
    private int size;

    /** Sets an owner's names (name and aliases), replacing those it had. */
    public void put(T owner, Collection<String> names) {
        Objects.requireNonNull(owner, "owner");
        List<Analysis> analysed = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            Analysis analysis = Analysis.of(name);
            if (analysis != null) {
                analysed.add(analysis);
            }
        }
        lock.writeLock().lock();
        try {
            removeLocked(owner);
            if (!analysed.isEmpty()) {
                List<Name<T>> indexed = new ArrayList<>(analysed.size());
                for (Analysis analysis : analysed) {
                    Name<T> name = new Name<>(owner, analysis);
                    addLocked(name, analysis);
                    indexed.add(name);
                }
                namesByOwner.put(owner, List.copyOf(indexed));
                size += indexed.size();
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

    /** How many names are held, aliases included. */
    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The owners with a name similar to {@code name}. */
    public List<SimilarName<T>> findSimilar(String name) {
        return findSimilar(List.of(name));
    }

    /** The owners with a name similar to any of {@code names} (a new actor's name and aliases), strongest first. */
    public List<SimilarName<T>> findSimilar(Collection<String> names) {
        List<Analysis> queries = names.stream().map(Analysis::of).filter(Objects::nonNull).toList();
        Map<T, SimilarName<T>> best = new LinkedHashMap<>();
        lock.readLock().lock();
        try {
            for (Analysis query : queries) {
                sameKey(query, best);
                sameWords(query, best);
                closeSpelling(query, best);
                partOfName(query, best);
            }
        } finally {
            lock.readLock().unlock();
        }
        return best.values().stream()
                .sorted(Comparator.comparing((SimilarName<T> s) -> s.similarity())
                        .thenComparingInt(s -> Math.abs(s.existingName().length() - s.newName().length())))
                .limit(MAX_RESULTS)
                .toList();
    }

    private void sameKey(Analysis query, Map<T, SimilarName<T>> best) {
        for (String key : query.keys) {
            for (Name<T> existing : byKey.get(key)) {
                offer(best, existing, query, Similarity.SAME_NAME);
            }
        }
    }

    private void sameWords(Analysis query, Map<T, SimilarName<T>> best) {
        if (query.wordCount < 2) {
            return;
        }
        for (String wordSet : query.wordSets) {
            for (Name<T> existing : byWordSet.get(wordSet)) {
                offer(best, existing, query, Similarity.SAME_WORDS);
            }
        }
    }

    private void closeSpelling(Analysis query, Map<T, SimilarName<T>> best) {
        for (String skeleton : query.skeletons) {
            int length = skeleton.length();
            if (length < MIN_LENGTH_FOR_TYPOS) {
                continue;
            }
            int mask = letterMask(skeleton);
            for (int other = length - 2; other <= length + 2; other++) {
                int limit = typoLimit(Math.min(length, other));
                if (limit == 0 || Math.abs(length - other) > limit) {
                    continue;
                }
                for (Skeleton<T> existing : skeletonsByLength.getOrDefault(other, List.of())) {
                    // Each edit changes at most two letters of the set of letters used: a cheap first sieve.
                    if (Integer.bitCount(mask ^ existing.letterMask) <= 2 * limit
                            && EditDistance.within(skeleton, existing.key, limit) <= limit
                            && !isFeminineForm(skeleton, existing.key)) {
                        offer(best, existing.name, query, Similarity.CLOSE_SPELLING);
                    }
                }
            }
        }
    }

    private void partOfName(Analysis query, Map<T, SimilarName<T>> best) {
        if (query.significantWords.isEmpty()) {
            return;
        }
        // Existing names that contain every significant word of the new one, starting from the rarest word.
        List<Set<Name<T>>> containing = new ArrayList<>();
        for (Set<String> word : query.significantWords) {
            Set<Name<T>> names = new LinkedHashSet<>();
            word.forEach(skeleton -> names.addAll(byWord.get(skeleton)));
            containing.add(names);
        }
        containing.sort(Comparator.comparingInt(Set::size));
        Set<Name<T>> candidates = new LinkedHashSet<>(containing.getFirst());
        containing.subList(1, containing.size()).forEach(candidates::retainAll);
        for (Name<T> existing : candidates) {
            if (!existing.organisation || query.organisation) {
                offer(best, existing, query, Similarity.PART_OF_NAME);
            }
        }
        // An existing one-word name that is the new name's last word: "Putin" for "Vladimir Putin".
        if (query.wordCount > 1 && !query.organisation) {
            for (String skeleton : query.lastWord) {
                for (Name<T> existing : byKey.get(skeleton)) {
                    if (existing.wordCount == 1 && existing.letters >= MIN_LETTERS_OF_A_PART) {
                        offer(best, existing, query, Similarity.PART_OF_NAME);
                    }
                }
            }
        }
    }

    private void offer(Map<T, SimilarName<T>> best, Name<T> existing, Analysis query, Similarity similarity) {
        SimilarName<T> known = best.get(existing.owner);
        if (known == null || similarity.compareTo(known.similarity()) < 0) {
            best.put(existing.owner, new SimilarName<>(existing.owner, existing.written, query.written, similarity));
        }
    }

    static int typoLimit(int length) {
        if (length >= MIN_LENGTH_FOR_TWO_TYPOS) {
            return 2;
        }
        return length >= MIN_LENGTH_FOR_TYPOS ? 1 : 0;
    }

    /**
     * Whether two skeletons differ only as a Slavic masculine and feminine surname do, at the very end: "peskov" and
     * "peskova", "zelensky" and "zelenska" (the skeleton of Zelenskyy and Zelenska).
     */
    static boolean isFeminineForm(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (longer.length() == shorter.length() + 1) {
            return longer.endsWith("a") && longer.startsWith(shorter);
        }
        if (longer.length() == shorter.length() && !longer.isEmpty()) {
            String stem = longer.substring(0, longer.length() - 1);
            char x = a.charAt(a.length() - 1);
            char y = b.charAt(b.length() - 1);
            return shorter.startsWith(stem) && (x == 'a' && y == 'y' || x == 'y' && y == 'a');
        }
        return false;
    }

    /** One bit per letter a–z used, one for anything else. */
    private static int letterMask(String key) {
        int mask = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            mask |= c >= 'a' && c <= 'z' ? 1 << (c - 'a') : c == ' ' ? 0 : 1 << 26;
        }
        return mask;
    }

    private void addLocked(Name<T> name, Analysis analysis) {
        analysis.keys.forEach(key -> byKey.add(key, name));
        analysis.wordSets.forEach(set -> byWordSet.add(set, name));
        analysis.allWords.forEach(word -> byWord.add(word, name));
        for (String skeleton : analysis.skeletons) {
            skeletonsByLength.computeIfAbsent(skeleton.length(), k -> new ArrayList<>())
                    .add(new Skeleton<>(skeleton, letterMask(skeleton), name));
        }
    }

    /** Takes an owner's names out of every index, finding the keys again from the names as written. */
    private void removeLocked(T owner) {
        List<Name<T>> names = namesByOwner.remove(owner);
        if (names == null) {
            return;
        }
        for (Name<T> name : names) {
            Analysis analysis = Analysis.of(name.written);
            analysis.keys.forEach(key -> byKey.remove(key, name));
            analysis.wordSets.forEach(set -> byWordSet.remove(set, name));
            analysis.allWords.forEach(word -> byWord.remove(word, name));
            for (String skeleton : analysis.skeletons) {
                List<Skeleton<T>> sameLength = skeletonsByLength.get(skeleton.length());
                sameLength.removeIf(s -> s.name == name);
                if (sameLength.isEmpty()) {
                    skeletonsByLength.remove(skeleton.length());
                }
            }
        }
        size -= names.size();
    }

    private record Skeleton<T>(String key, int letterMask, Name<T> name) {
    }

    /** One name of one owner: all that is kept of it besides the index entries. */
    private static final class Name<T> {
        final T owner;
        final String written;
        final short wordCount;
        final short letters;
        final boolean organisation;

        Name(T owner, Analysis analysis) {
            this.owner = owner;
            this.written = analysis.written;
            this.wordCount = (short) Math.min(Short.MAX_VALUE, analysis.wordCount);
            this.letters = (short) Math.min(Short.MAX_VALUE, analysis.letters);
            this.organisation = analysis.organisation;
        }
    }

    /** Everything the indexes and the searches need to know about a name, computed from the name as written. */
    private static final class Analysis {
        final String written;
        final Set<String> keys;
        final Set<String> skeletons = new LinkedHashSet<>();
        final Set<String> wordSets = new LinkedHashSet<>();
        final Set<String> allWords = new LinkedHashSet<>();
        final List<Set<String>> significantWords = new ArrayList<>();
        final Set<String> lastWord;
        final int wordCount;
        final int letters;
        final boolean organisation;

        private Analysis(String written, List<TokenKeys> words) {
            this.written = written;
            this.keys = NameKeys.of(words);
            this.wordCount = words.size();
            this.letters = (int) words.stream().flatMapToInt(w -> w.folded().codePoints())
                    .filter(Character::isLetter).count();
            boolean organisation = false;
            for (TokenKeys word : words) {
                allWords.addAll(word.skeletons());
                if (!CommonWords.isFunctionWord(word.folded())) {
                    significantWords.add(word.skeletons());
                }
                organisation |= NameCues.ORGANISATION_WORDS.contains(word.folded());
            }
            this.organisation = organisation;
            this.lastWord = words.getLast().skeletons();
            for (String path : NamePaths.of(words)) {
                skeletons.add(path);
                if (wordCount > 1) {
                    wordSets.add(String.join(" ", new TreeSet<>(List.of(path.split(" ")))));
                }
            }
        }

        static Analysis of(String written) {
            List<TokenKeys> words = NameKeys.ofWords(written);
            return words.isEmpty() ? null : new Analysis(written, words);
        }
    }
}
