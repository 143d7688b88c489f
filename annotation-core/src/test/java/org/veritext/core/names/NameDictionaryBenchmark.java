package org.veritext.core.names;

import com.ibm.icu.text.Transliterator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Measures the name engine over a 100,000-name synthetic catalog (Latin and Cyrillic people, organisations, with
 * aliases) and a 20,000-word article. Not a test: the name does not end in "Test", so the normal build skips it.
 * Run it explicitly:
 *
 * <pre>./mvnw -pl annotation-core verify -Dtest=NameDictionaryBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <p>It prints a table and asserts nothing: timings depend on the machine, and a speed assertion would only make the
 * build flaky. Memory is the growth of the used heap after full garbage collections, an estimate. The naive
 * baseline folds the article once and looks for every folded catalog name with {@code indexOf} at word boundaries:
 * it finds only exact folded spellings (no transliteration, no skeletons, no longest match, no original offsets), so
 * it is a floor for "one pass per name", not an equivalent.
 */
class NameDictionaryBenchmark {

    private static final int CATALOG_NAMES = 100_000;
    private static final int ARTICLE_WORDS = 20_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 30;
    private static final int QUERIES = 400;
    private static final int BASELINE_RUNS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void printsTimesForA100000NameCatalogAndA20000WordArticle() throws Exception {
        SyntheticNames synthetic = new SyntheticNames(42).withCatalogOf(CATALOG_NAMES);
        String article = synthetic.article(ARTICLE_WORDS);
        Map<String, List<String>> catalog = synthetic.catalog;
        System.out.printf("%nName engine benchmark: %,d names of %,d owners, article of %,d words (%,d characters), "
                        + "%d CPUs, Java %s%n", synthetic.nameCount, catalog.size(),
                article.split("\\s+").length, article.length(), Runtime.getRuntime().availableProcessors(),
                Runtime.version());

        long heapBefore = usedHeap();
        NameDictionary<String> dictionary = new NameDictionary<>();
        percentiles("NameDictionary: build (first: loads ICU, spells every name)",
                measure(1, i -> catalog.forEach(dictionary::put)));
        row("NameDictionary: heap, estimate", (usedHeap() - heapBefore) / 1e6, "MB");
        percentiles("NameDictionary: build again (spellings cached)",
                measure(1, i -> catalog.forEach(new NameDictionary<String>()::put)));

        heapBefore = usedHeap();
        SimilarNames<String> similar = new SimilarNames<>();
        percentiles("SimilarNames: build (spellings cached)", measure(1, i -> catalog.forEach(similar::put)));
        row("SimilarNames: heap, estimate", (usedHeap() - heapBefore) / 1e6, "MB");

        long start = System.nanoTime();
        int found = dictionary.findIn(article).size();
        row("findIn: first run (" + found + " matches)", millisSince(start), "ms");
        percentiles("findIn", repeat(() -> dictionary.findIn(article).size()));

        List<String> folded = catalog.values().stream().flatMap(List::stream)
                .map(name -> " " + NameKeys.fold(name) + " ").toList();
        int[] baselineHits = new int[1];
        Times baseline = measure(BASELINE_RUNS, i -> baselineHits[0] = naiveCount(article, folded));
        percentiles("naive baseline: indexOf per folded name (" + baselineHits[0] + " hits)", baseline);

        List<String> queries = synthetic.queries(QUERIES);
        for (String query : queries.subList(0, 50)) {
            similar.findSimilar(query);
        }
        int[] withResults = new int[1];
        Times perQuery = measure(QUERIES, i -> withResults[0] += similar.findSimilar(queries.get(i)).isEmpty() ? 0 : 1);
        percentiles("SimilarNames.findSimilar, per query (" + withResults[0] + "/" + QUERIES + " with results)",
                perQuery);

        percentiles("NameCandidates.findIn, whole article",
                repeat(() -> NameCandidates.findIn(article, dictionary.findIn(article)).size()));
        percentiles("CheckWorthySentences.rank, whole article",
                repeat(() -> CheckWorthySentences.rank(article, dictionary.findIn(article)).size()));

        transliteratorSharing();
        System.out.println();
    }

    /**
     * The choice behind {@link Transliterations}: one synchronized transliterator per system, shared, against one
     * per thread. Every word is new, so the cache does not help; each configuration runs twice and the second run
     * is reported (the first warms the JIT).
     */
    private static void transliteratorSharing() throws Exception {
        int words = 20_000;
        for (int round = 0; round < 2; round++) {
            String tag = "r" + round;
            long start = System.nanoTime();
            for (int i = 0; i < words; i++) {
                NameKeys.ofWord("Зеленськ" + tag + "ий" + i);
            }
            double oneThread = words / (millisSince(start) / 1000) / 1000;
            double shared = inTwoThreads(words, thread -> () -> {
                for (int i = 0; i < words; i++) {
                    NameKeys.ofWord("Зеленськ" + tag + thread + "ий" + i);
                }
            });
            double perThread = inTwoThreads(words, thread -> {
                Transliterator ukrainian = Transliterator.getInstance("Ukrainian-Latin/BGN");
                Transliterator russian = Transliterator.getInstance("Russian-Latin/BGN");
                Transliterator any = Transliterator.getInstance("Any-Latin");
                return () -> {
                    for (int i = 0; i < words; i++) {
                        String word = "зеленськ" + tag + thread + "ий" + i + "x";
                        NameKeys.skeleton(NameKeys.fold(ukrainian.transliterate(word)));
                        NameKeys.skeleton(NameKeys.fold(russian.transliterate(word)));
                        NameKeys.skeleton(NameKeys.fold(any.transliterate(word)));
                    }
                };
            });
            if (round == 1) {
                row("Cyrillic words spelled (3 systems), 1 thread", oneThread, "k words/s");
                row("Cyrillic words spelled, 2 threads, shared + synchronized", shared, "k words/s");
                row("Cyrillic words spelled, 2 threads, one instance per thread", perThread, "k words/s");
            }
        }
    }

    /** Words per second (thousands) of two threads each doing {@code wordsPerThread}. */
    private static double inTwoThreads(int wordsPerThread, IntFunction<Runnable> work) throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Runnable> jobs = List.of(work.apply(0), work.apply(1));
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            jobs.forEach(job -> running.add(threads.submit(job)));
            for (Future<?> job : running) {
                job.get();
            }
            return 2 * wordsPerThread / (millisSince(start) / 1000) / 1000;
        }
    }

    /** Occurrences of each folded name, bounded by spaces, in the folded article: one indexOf pass per name. */
    private static int naiveCount(String article, List<String> foldedNames) {
        String text = " " + NameKeys.fold(article) + " ";
        int hits = 0;
        for (String name : foldedNames) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                hits++;
            }
        }
        return hits;
    }

    /** Wall and CPU times of each run after the warm-up, in ms. */
    private record Times(double[] wall, double[] cpu) {
    }

    private static Times repeat(Supplier<Integer> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        return measure(RUNS, i -> work.get());
    }

    private static Times measure(int runs, IntConsumer work) {
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.accept(i);
            wall[i] = millisSince(start);
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        return new Times(wall, cpu);
    }

    /**
     * The machine is shared, so wall time includes waiting for a core; the thread's CPU time does not, and is the
     * fairer figure for single-threaded work.
     */
    private static void percentiles(String label, Times times) {
        System.out.printf("%-62s wall p50 %8.2f p99 %8.2f | cpu p50 %8.2f p99 %8.2f ms (%d runs)%n", label,
                percentile(times.wall(), 0.5), percentile(times.wall(), 0.99), percentile(times.cpu(), 0.5),
                percentile(times.cpu(), 0.99), times.wall().length);
    }

    private static double percentile(double[] values, double fraction) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * fraction) - 1)];
    }

    private static void row(String label, double value, String unit) {
        System.out.printf("%-72s %12.1f %s%n", label, value, unit);
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
