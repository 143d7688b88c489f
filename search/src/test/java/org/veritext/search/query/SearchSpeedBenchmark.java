package org.veritext.search.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDigest;
import org.veritext.core.claim.Verdict;
import org.veritext.core.review.ReviewState;
import org.veritext.search.index.ClaimAnalyzer;
import org.veritext.search.index.ClaimFields;
import org.veritext.search.index.ClaimFields.Facet;

/**
 * Search speed on a generated corpus: claims of 10 to 60 words from a Zipf vocabulary, with actors, events,
 * verdicts and projects. Not a test (its name keeps it out of {@code verify}); run by name, see docs/benchmarks.md.
 * Measures, at each size in {@code -Dveritext.bench.sizes} (default 100000):
 * bulk indexing; query latency p50/p99 of a fixed mix through the search module's search (parse, budget,
 * project filter, facets on the first page, highlighting); the plain queries as bare Lucene top-10 on the same index;
 * the single words as SQL LIKE on the same rows in H2; and write → searchable latency of the index under a steady
 * write load (the index part of save → searchable: update, near-real-time reopen). Not measured here, printed as
 * "na": rebuild from the database, PostgreSQL full-text search.
 */
class SearchSpeedBenchmark {

    private static final int VOCABULARY = 20_000;
    private static final List<String> FIRST = List.of("Volodymyr", "Rustem", "Denys", "Recep", "Olena", "Dmytro",
            "Yulia", "Andriy", "Kaja", "Ursula");
    private static final List<String> LAST = List.of("Zelenskyy", "Umerov", "Shmyhal", "Erdogan", "Kuleba",
            "Sybiha", "Svyrydenko", "Yermak", "Kallas", "Leyen");

    @Test
    void measure() throws Exception {
        String sizes = System.getProperty("veritext.bench.sizes", "100000");
        List<String> results = new ArrayList<>();
        for (String size : sizes.split(",")) {
            results.add(run(Integer.parseInt(size.strip())));
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, load %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.version"), Files.readString(Path.of("/proc/loadavg")).strip());
        results.forEach(System.out::println);
    }

    private String run(int claims) throws Exception {
        Random random = new Random(42);
        String[] words = new String[VOCABULARY];
        for (int i = 0; i < VOCABULARY; i++) {
            words[i] = word(i);
        }
        double[] zipf = zipfCumulative(VOCABULARY);
        List<UUID> projects = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Path folder = Files.createTempDirectory("veritext-bench");
        List<ClaimDigest> corpus = new ArrayList<>(claims);
        for (int i = 0; i < claims; i++) {
            corpus.add(claim(random, words, zipf, projects, i));
        }

        // Bulk indexing.
        long started = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new ClaimAnalyzer())
                     .setRAMBufferSizeMB(256))) {
            for (ClaimDigest claim : corpus) {
                writer.addDocument(ClaimFields.toDocument(claim));
            }
            writer.commit();
            double indexPerSecond = claims / seconds(started);

            SearcherManager searchers = new SearcherManager(writer, null);
            IndexSearcher searcher = searchers.acquire();
            ClaimSearch search = new ClaimSearch(null, null, null, null, new QueryBudget(QueryLimits.DEFAULT));
            Query visible = VisibleClaims.filterFor(Set.of(projects.get(0), projects.get(1), projects.get(2)));

            List<String> plain = new ArrayList<>();
            List<SearchRequest> mix = new ArrayList<>();
            for (int q = 0; q < 40; q++) {
                String a = words[sample(random, zipf)];
                String b = words[sample(random, zipf)];
                plain.add(a);
                plain.add(a + " " + b);
                plain.add("\"" + corpus.get(random.nextInt(claims)).quote().split(" ", 3)[0] + " "
                        + corpus.get(random.nextInt(claims)).quote().split(" ", 3)[1] + "\"");
            }
            for (String text : plain) {
                mix.add(SearchRequest.of(text, 0, 10));
            }
            for (int q = 0; q < 40; q++) {
                String name = LAST.get(random.nextInt(LAST.size()));
                mix.add(SearchRequest.of(name.substring(0, name.length() - 1) + "x~", 0, 10)); // a misspelt name
                mix.add(new SearchRequest(words[sample(random, zipf)], Map.of(Facet.VERDICT, Set.of("FALSE")),
                        SearchRequest.Order.RELEVANCE, 0, 10, null)); // facet-filtered, with counts and highlights
            }
            for (SearchRequest warm : mix) { // warm-up
                search.searchOn(searcher, null, warm, visible);
            }
            long[] ours = time(mix, request -> search.searchOn(searcher, null, request, visible));
            long[] oursPlain = time(plain.stream().map(text -> SearchRequest.of(text, 0, 10)).toList(),
                    request -> search.searchOn(searcher, null, request, visible));
            SimpleQueryParser bare = new SimpleQueryParser(new ClaimAnalyzer(), ClaimQueryParser.FIELD_WEIGHTS);
            bare.setDefaultOperator(BooleanClause.Occur.MUST);
            long[] lucene = time(plain, text -> {
                try {
                    return searcher.search(bare.parse(text), 10);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            double likeSpeedup = likeSpeedup(corpus, plain.stream().filter(text -> !text.contains(" ")).toList(),
                    search, searcher, visible);
            long[] fresh = freshness(writer, searchers, corpus, random);
            searchers.release(searcher);
            searchers.close();
            String result = String.format(Locale.ROOT, "RESULT claims=%d index_per_s=%.0f rebuild_per_s=na "
                            + "p50_ms=%.2f p99_ms=%.2f lucene_ratio=%.2f like_speedup=%.2f pg_fts_ratio=na "
                            + "fresh_p50_ms=%.2f fresh_p99_ms=%.2f",
                    claims, indexPerSecond, millis(percentile(ours, 50)), millis(percentile(ours, 99)),
                    (double) percentile(oursPlain, 50) / percentile(lucene, 50), likeSpeedup,
                    millis(percentile(fresh, 50)), millis(percentile(fresh, 99)));
            System.out.println(result);
            return result;
        } finally {
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** LIKE on the same quotes in H2 (in memory), single words, first ten rows; ratio of p50s. */
    private static double likeSpeedup(List<ClaimDigest> corpus, List<String> singleWords, ClaimSearch search,
                                      IndexSearcher searcher, Query visible) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:bench" + UUID.randomUUID())) {
            db.createStatement().execute("CREATE TABLE claim (id UUID PRIMARY KEY, project UUID, quote VARCHAR(4000))");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO claim VALUES (?, ?, ?)")) {
                for (ClaimDigest claim : corpus) {
                    insert.setObject(1, claim.claimId());
                    insert.setObject(2, claim.projectId());
                    insert.setString(3, claim.quote());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            List<String> some = singleWords.subList(0, Math.min(20, singleWords.size()));
            PreparedStatement like = db.prepareStatement(
                    "SELECT id FROM claim WHERE LOWER(quote) LIKE ? ORDER BY id LIMIT 10");
            long[] sql = time(some, word -> {
                try {
                    like.setString(1, "%" + word + "%");
                    try (ResultSet rows = like.executeQuery()) {
                        int n = 0;
                        while (rows.next()) {
                            n++;
                        }
                        return n;
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            long[] ours = time(some.stream().map(word -> SearchRequest.of(word, 0, 10)).toList(),
                    request -> search.searchOn(searcher, null, request, visible));
            return (double) percentile(sql, 50) / percentile(ours, 50);
        }
    }

    /** Write → searchable: one claim updated, then the reader reopened, 200 times in a row. */
    private static long[] freshness(IndexWriter writer, SearcherManager searchers, List<ClaimDigest> corpus,
                                    Random random) throws Exception {
        long[] latencies = new long[200];
        for (int i = 0; i < latencies.length; i++) {
            ClaimDigest claim = corpus.get(random.nextInt(corpus.size()));
            long started = System.nanoTime();
            writer.updateDocument(ClaimFields.idTerm(claim.claimId()), ClaimFields.toDocument(claim));
            searchers.maybeRefreshBlocking();
            latencies[i] = System.nanoTime() - started;
        }
        return latencies;
    }

    private static <T> long[] time(List<T> inputs, java.util.function.Function<T, ?> operation) {
        long[] latencies = new long[inputs.size()];
        for (int i = 0; i < latencies.length; i++) {
            long started = System.nanoTime();
            operation.apply(inputs.get(i));
            latencies[i] = System.nanoTime() - started;
        }
        return latencies;
    }

    private static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static ClaimDigest claim(Random random, String[] words, double[] zipf, List<UUID> projects, int n) {
        int length = 10 + random.nextInt(51);
        StringBuilder quote = new StringBuilder();
        for (int w = 0; w < length; w++) {
            quote.append(w == 0 ? "" : " ").append(words[sample(random, zipf)]);
        }
        List<ClaimDigest.ActorDigest> actors = new ArrayList<>();
        for (int a = random.nextInt(3); a >= 0; a--) {
            String name = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
            actors.add(new ClaimDigest.ActorDigest(UUID.nameUUIDFromBytes(name.getBytes()),
                    ActorRole.values()[random.nextInt(3)], List.of(name)));
        }
        List<ClaimDigest.EventDigest> events = random.nextInt(3) == 0 ? List.of()
                : List.of(new ClaimDigest.EventDigest(UUID.randomUUID(), "Event " + random.nextInt(500)));
        Instant at = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(n * 60L);
        Supplier<String> restatement = () -> random.nextInt(2) == 0 ? "" : words[sample(random, zipf)] + " "
                + words[sample(random, zipf)];
        return new ClaimDigest(UUID.randomUUID(), UUID.randomUUID(), projects.get(random.nextInt(projects.size())),
                quote.toString(), restatement.get(), "Article " + (n / 5), "Publisher " + random.nextInt(40),
                LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700)), UUID.randomUUID(),
                "Annotator " + random.nextInt(20), at, at, Verdict.values()[random.nextInt(Verdict.values().length)],
                ReviewState.values()[random.nextInt(ReviewState.values().length)], "", List.of(), actors, events, null);
    }

    /** Pronounceable distinct words: base-20 syllables. */
    private static String word(int n) {
        String[] syllables = {"ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "de", "va", "zo", "gu", "be", "fi",
            "ha", "jo", "ru", "se", "ti", "wa"};
        StringBuilder word = new StringBuilder();
        int rest = n;
        do {
            word.append(syllables[rest % 20]);
            rest /= 20;
        } while (rest > 0);
        return word.append(n % 7 == 0 ? "s" : "").toString();
    }

    private static double[] zipfCumulative(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static int sample(Random random, double[] cumulative) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return index >= 0 ? index : Math.min(cumulative.length - 1, -index - 1);
    }
}
