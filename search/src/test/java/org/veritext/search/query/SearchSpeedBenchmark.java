package org.veritext.search.query;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.search.index.ClaimIndexer;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDigest;
import org.veritext.core.claim.ClaimDigests;
import org.veritext.core.claim.Verdict;
import org.veritext.core.review.ReviewState;
import org.veritext.search.index.ClaimAnalyzer;
import org.veritext.search.index.ClaimFields;
import org.veritext.search.index.ClaimFields.Facet;

/**
 * Search speed on a generated corpus: claims of 10 to 60 words from a Zipf vocabulary, with actors, events,
 * verdicts and projects. Not a test (its name keeps it out of {@code verify}); run by name, see docs/benchmarks.md.
 * Measures, at each size in {@code -Dveritext.bench.sizes} (default 100000):
 * <ul>
 * <li>bulk indexing into a fresh index (without embeddings; their rate is CheckedBeforeBenchmark's);</li>
 * <li>a full rebuild from the database: the corpus is written into the H2 file database of the test application
 *     (Flyway schema, as the product has it) and the product's {@link ClaimIndexer} rebuilds its index from it;</li>
 * <li>query latency p50/p99 of a fixed mix — single words, two-word AND, phrases, misspelt names, facet-filtered —
 *     through the search module's search (parse, budget, project filter, facet counts on the first page,
 *     highlighting), each kind also on its own;</li>
 * <li>the plain queries as bare Lucene top-10 on the same index (the floor: {@code lucene_ratio} = ours / bare);
 *     as SQL {@code LIKE} on the same rows in H2, counting the matches and fetching the newest ten, which is what the
 *     result page shows ({@code like_speedup} = LIKE / ours); and as PostgreSQL full-text search ({@code tsvector},
 *     GIN, {@code ts_rank}, with the count) when PostgreSQL is reachable ({@code pg_fts_ratio} = ours / PostgreSQL,
 *     below 1 is faster than PostgreSQL);</li>
 * <li>write → searchable latency of the index under a steady write load (update, near-real-time reopen).</li>
 * </ul>
 */
@TestPropertySource(properties = "veritext.search.embeddings.enabled=false")
class SearchSpeedBenchmark extends DatabaseTest {

    private static final int VOCABULARY = 20_000;
    private static final List<String> FIRST = List.of("Volodymyr", "Rustem", "Denys", "Recep", "Olena", "Dmytro",
            "Yulia", "Andriy", "Kaja", "Ursula");
    private static final List<String> LAST = List.of("Zelenskyy", "Umerov", "Shmyhal", "Erdogan", "Kuleba",
            "Sybiha", "Svyrydenko", "Yermak", "Kallas", "Leyen");

    private static final int LIKE_QUERIES = 30;

    @Autowired
    private ClaimIndexer indexer;

    @Autowired
    private ClaimDigests digests;

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
            Set<UUID> visibleProjects = Set.of(projects.get(0), projects.get(1), projects.get(2));
            Query visible = VisibleClaims.filterFor(visibleProjects);

            Map<String, List<SearchRequest>> kinds = new LinkedHashMap<>();
            List<String> plain = new ArrayList<>();
            for (int q = 0; q < 40; q++) {
                String a = words[sample(random, zipf)];
                String b = words[sample(random, zipf)];
                String phrase = "\"" + corpus.get(random.nextInt(claims)).quote().split(" ", 3)[0] + " "
                        + corpus.get(random.nextInt(claims)).quote().split(" ", 3)[1] + "\"";
                plain.addAll(List.of(a, a + " " + b, phrase));
                kind(kinds, "single word", SearchRequest.of(a, 0, 10));
                kind(kinds, "two words", SearchRequest.of(a + " " + b, 0, 10));
                kind(kinds, "phrase", SearchRequest.of(phrase, 0, 10));
                String name = LAST.get(random.nextInt(LAST.size()));
                kind(kinds, "misspelt name", SearchRequest.of(name.substring(0, name.length() - 1) + "x~", 0, 10));
                kind(kinds, "facet-filtered", new SearchRequest(words[sample(random, zipf)],
                        Map.of(Facet.VERDICT, Set.of("FALSE")), SearchRequest.Order.RELEVANCE, 0, 10, null));
            }
            List<SearchRequest> mix = kinds.values().stream().flatMap(List::stream).toList();
            for (int round = 0; round < 3; round++) { // warm-up: until the JIT has compiled the search's paths
                for (SearchRequest warm : mix) {
                    search.searchOn(searcher, null, warm, visible);
                }
            }
            long[] ours = time(mix, request -> search.searchOn(searcher, null, request, visible));
            for (Map.Entry<String, List<SearchRequest>> kind : kinds.entrySet()) {
                long[] alone = time(kind.getValue(), request -> search.searchOn(searcher, null, request, visible));
                System.out.printf(Locale.ROOT, "claims=%d %-15s p50_ms=%.2f p99_ms=%.2f%n", claims, kind.getKey(),
                        millis(percentile(alone, 50)), millis(percentile(alone, 99)));
            }
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
            List<String> compared = plain.subList(0, LIKE_QUERIES);
            long[] oursCompared = time(compared.stream().map(text -> SearchRequest.of(text, 0, 10)).toList(),
                    request -> search.searchOn(searcher, null, request, visible));
            long[] fresh = freshness(writer, searchers, corpus, random);
            searchers.release(searcher);
            searchers.close();

            double rebuildPerSecond = rebuildFromTheDatabase(corpus, projects);
            long[] like = like(compared, visibleProjects);
            String pgFtsRatio = PostgresFullText.p50(corpus, compared, visibleProjects)
                    .map(pg -> String.format(Locale.ROOT, "%.2f", (double) percentile(oursCompared, 50) / pg))
                    .orElse("na");
            String result = String.format(Locale.ROOT, "RESULT claims=%d index_per_s=%.0f rebuild_per_s=%.0f "
                            + "p50_ms=%.2f p99_ms=%.2f lucene_ratio=%.2f like_speedup=%.0f pg_fts_ratio=%s "
                            + "fresh_p50_ms=%.2f fresh_p99_ms=%.2f",
                    claims, indexPerSecond, rebuildPerSecond, millis(percentile(ours, 50)),
                    millis(percentile(ours, 99)), (double) percentile(oursPlain, 50) / percentile(lucene, 50),
                    (double) percentile(like, 50) / percentile(oursCompared, 50), pgFtsRatio,
                    millis(percentile(fresh, 50)), millis(percentile(fresh, 99)));
            System.out.println(result);
            return result;
        } finally {
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void kind(Map<String, List<SearchRequest>> kinds, String kind, SearchRequest request) {
        kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(request);
    }

    /**
     * Writes the corpus into the database as the product's tables hold it (straight through JDBC: loading is not
     * what is measured), then times the product's rebuild of its index from there. Claims per second.
     */
    private double rebuildFromTheDatabase(List<ClaimDigest> corpus, List<UUID> projects) {
        Map<UUID, UUID> projectIds = new HashMap<>();
        for (UUID project : projects) {
            projectIds.put(project, projectWithMembers(projectName(project), Map.of()));
        }
        new CorpusTables(jdbc).write(corpus, projectIds);
        long reading = System.nanoTime();
        digests.forEachBatch(1_000, batch -> { });
        System.out.printf(Locale.ROOT, "claims=%d reading alone: %.0f claims/s%n", corpus.size(),
                corpus.size() / seconds(reading));
        long started = System.nanoTime();
        try {
            indexer.requestRebuild().get(2, TimeUnit.HOURS);
        } catch (Exception e) {
            throw new IllegalStateException("The rebuild failed", e);
        }
        return corpus.size() / seconds(started);
    }

    /** The queries as SQL LIKE on the claims of the visible projects: the count and the newest ten. */
    private long[] like(List<String> queries, Set<UUID> visibleProjects) {
        String inVisibleProjects = visibleProjects.stream().map(id -> "'" + projectName(id) + "'")
                .collect(Collectors.joining(", ", "p.name IN (", ")"));
        return time(queries, text -> {
            List<String> patterns = (text.startsWith("\"") ? List.of(text.replace("\"", ""))
                    : List.of(text.split(" "))).stream().map(part -> "%" + part.toLowerCase(Locale.ROOT) + "%")
                    .toList();
            String where = " FROM claim c JOIN article a ON a.id = c.article_id JOIN project p ON p.id = a.project_id"
                    + " WHERE " + inVisibleProjects + " AND LOWER(c.quote) LIKE ?".repeat(patterns.size());
            Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, patterns.toArray());
            List<UUID> newest = jdbc.queryForList("SELECT c.id" + where + " ORDER BY c.modified_at DESC LIMIT 10",
                    UUID.class, patterns.toArray());
            return total + newest.size();
        });
    }

    private static String projectName(UUID corpusProject) {
        return "Benchmark " + corpusProject;
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

    static <T> long[] time(List<T> inputs, java.util.function.Function<T, ?> operation) {
        long[] latencies = new long[inputs.size()];
        for (int i = 0; i < latencies.length; i++) {
            long started = System.nanoTime();
            operation.apply(inputs.get(i));
            latencies[i] = System.nanoTime() - started;
        }
        return latencies;
    }

    static long percentile(long[] values, int percent) {
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

    static ClaimDigest claim(Random random, String[] words, double[] zipf, List<UUID> projects, int n) {
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
    static String word(int n) {
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

    static double[] zipfCumulative(int n) {
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

    static int sample(Random random, double[] cumulative) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return index >= 0 ? index : Math.min(cumulative.length - 1, -index - 1);
    }
}
