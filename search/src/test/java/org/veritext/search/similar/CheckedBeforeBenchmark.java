package org.veritext.search.similar;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veritext.core.claim.ClaimDigest;
import org.veritext.core.claim.Verdict;
import org.veritext.core.review.ReviewState;
import org.veritext.search.index.ClaimFields;
import org.veritext.search.index.ClaimIndex;
import org.veritext.search.index.ClaimVectors;
import org.veritext.search.index.ScratchIndex;

/**
 * "Checked before?" measured on a real gold standard: CLEF-2020 CheckThat! Task 2 (verified claim retrieval). The
 * verified claims are indexed through the product's own code (the rebuild's generations and documents, vectors
 * computed per batch by {@link ClaimEmbeddings}), each tweet is asked for through {@link SimilarClaims}, the API the
 * claim editor uses, and the answers are scored against the gold pairs: MAP@5 (the lab's measure), MRR over the
 * first 10, Recall@5, for words only, embeddings only and both, with indexing rate and query latency.
 *
 * <pre>
 * ./mvnw -q -o -pl search -am verify -Dtest=CheckedBeforeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbenchmark.claims=PATH/verified_claims.docs.tsv -Dbenchmark.queries=PATH/dev-tweets.queries.tsv \
 *     -Dbenchmark.gold=PATH/dev-tweet-vclaim-pairs.qrels [-Dbenchmark.tune=true]
 * </pre>
 *
 * Without the three paths it reads the dev split from {@code ../shared/testdata/claims/checkthat2020-task2-train/}
 * beside the repository, and is skipped if that is not there. {@code benchmark.tune=true} also compares the choices
 * behind the defaults (what text a claim's vector is made of, how many neighbours, how to fuse): run it on the
 * training split, never on dev.
 *
 * <p>Mapping of the data: a verified claim's text is the quote, the title of its fact-check article the restatement
 * (and the article title); tweets are asked for as they are, with their links and signature.
 */
class CheckedBeforeBenchmark {

    private static final String DATA = "shared/testdata/claims/checkthat2020-task2-train/";
    private static final int ASKED = 10;
    /** Every claim is in this project, which the (imaginary) user asking is a member of. */
    private static final UUID PROJECT = UUID.nameUUIDFromBytes("CheckThat! 2020".getBytes(StandardCharsets.UTF_8));
    private static final UUID AUTHOR = UUID.nameUUIDFromBytes("Snopes".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path folder;

    @Test
    void measure() throws IOException {
        Path claimsFile = input("benchmark.claims", "verified_claims.docs.tsv");
        Path queriesFile = input("benchmark.queries", "dev-tweets.queries.tsv");
        Path goldFile = input("benchmark.gold", "dev-tweet-vclaim-pairs.qrels");
        assumeTrue(claimsFile != null && queriesFile != null && goldFile != null,
                "No CheckThat! data: pass -Dbenchmark.claims, -Dbenchmark.queries and -Dbenchmark.gold");
        boolean tune = System.getProperty("benchmark.tune", "").matches("true|.*(text|k|fusion).*");

        Map<UUID, String> claimIds = new HashMap<>();
        List<ClaimDigest> claims = new ArrayList<>(readClaims(claimsFile, claimIds));
        // In index order the matched claims of CheckThat! 2020 come first (ids 0-786 of 10,375): anything that
        // depends on the order (ties) would be told the answer. Shuffled, the order says nothing.
        Collections.shuffle(claims, new Random(2020));
        Map<String, String> queries = readQueries(queriesFile);
        Map<String, Set<String>> gold = readGold(goldFile);
        queries.keySet().retainAll(gold.keySet());
        System.out.printf(Locale.ENGLISH, "%nChecked before? on %s: %,d claims, %,d queries with gold pairs (%s)%n",
                queriesFile.getFileName(), claims.size(), queries.size(), machine());

        long loading = System.nanoTime();
        SentenceEmbeddings embeddings = SentenceEmbeddings.load();
        System.out.printf(Locale.ENGLISH, "Model loaded in %,d ms; ~%.1f ms per sentence (%s)%n",
                (System.nanoTime() - loading) / 1_000_000, perSentence(embeddings, claims), "one thread");

        IndexRun words = index("words only", claims, ClaimVectors.NONE);
        words.index().destroy();
        IndexRun hybrid = index("words + vectors", claims,
                new ClaimEmbeddings(embeddings, SimilarityText.DEFAULT));
        try {
            SimilarClaims similar = similar(hybrid.index(), embeddings, Tuning.DEFAULT);
            System.out.printf(Locale.ENGLISH, "%n%-12s %7s %7s %9s %9s %9s%n", "method", "MAP@5", "MRR", "Recall@5",
                    "p50 ms", "p99 ms");
            for (SimilarityMethod method : SimilarityMethod.values()) {
                warmUp(similar, method, queries);
                Scores scores = ask(similar, method, queries, claimIds).score(gold);
                System.out.printf(Locale.ENGLISH, "%-12s %7.4f %7.4f %9.4f %9.2f %9.2f%n", method, scores.map5(),
                        scores.mrr(), scores.recall5(), scores.p50(), scores.p99());
            }
            if (tune) {
                // Each variant asks the same texts: their vectors are computed once (so no latency is printed).
                RememberedEmbeddings remembering = new RememberedEmbeddings();
                try {
                    tune(remembering, hybrid.index(), claims, claimIds, queries, gold);
                } finally {
                    remembering.destroy();
                }
            }
        } finally {
            hybrid.index().destroy();
            embeddings.destroy();
        }
    }

    private void tune(SentenceEmbeddings embeddings, ClaimIndex defaultIndex, List<ClaimDigest> claims,
                      Map<UUID, String> claimIds, Map<String, String> queries, Map<String, Set<String>> gold)
            throws IOException {
        System.out.printf(Locale.ENGLISH, "%nTuning (%s = the default)%n%-40s %7s %7s %9s%n", "*", "variant", "MAP@5",
                "MRR", "Recall@5");
        String sections = System.getProperty("benchmark.tune");
        boolean all = sections.equals("true");
        for (SimilarityText text : all || sections.contains("text") ? SimilarityText.values()
                : new SimilarityText[0]) {
            ClaimIndex index = text == SimilarityText.DEFAULT ? defaultIndex
                    : index("vectors of " + text, claims, new ClaimEmbeddings(embeddings, text)).index();
            for (SimilarityMethod method : List.of(SimilarityMethod.EMBEDDINGS, SimilarityMethod.HYBRID)) {
                row("vector of " + text + ", " + method, text == SimilarityText.DEFAULT,
                        ask(similar(index, embeddings, Tuning.DEFAULT), method, queries, claimIds).score(gold));
            }
            if (index != defaultIndex) {
                index.destroy();
            }
        }
        for (int neighbours : all || sections.contains("k") ? new int[] {5, 10, 20, 50, 100, 200} : new int[0]) {
            Tuning tuning = Tuning.DEFAULT.withNeighbours(neighbours);
            for (SimilarityMethod method : List.of(SimilarityMethod.EMBEDDINGS, SimilarityMethod.HYBRID)) {
                row("k=" + neighbours + ", " + method, tuning.equals(Tuning.DEFAULT),
                        ask(similar(defaultIndex, embeddings, tuning), method, queries, claimIds)
                                .score(gold));
            }
        }
        List<Tuning> fusions = new ArrayList<>();
        for (int constant : new int[] {5, 20, 60}) {
            for (double weight : new double[] {0.3, 0.4, 0.5, 0.6}) {
                fusions.add(Tuning.DEFAULT.withFusion(Tuning.Fusion.RECIPROCAL_RANK, weight, constant));
            }
        }
        for (double weight : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
            fusions.add(Tuning.DEFAULT.withFusion(Tuning.Fusion.SCORE_SUM, weight, 0));
        }
        for (Tuning tuning : all || sections.contains("fusion") ? fusions : List.<Tuning>of()) {
            String name = tuning.fusion() == Tuning.Fusion.RECIPROCAL_RANK
                    ? String.format(Locale.ENGLISH, "rank fusion, c=%d, meaning %.2f", tuning.rankConstant(),
                            tuning.meaningWeight())
                    : String.format(Locale.ENGLISH, "score sum, meaning %.2f", tuning.meaningWeight());
            row(name, tuning.equals(Tuning.DEFAULT), ask(similar(defaultIndex, embeddings, tuning),
                    SimilarityMethod.HYBRID, queries, claimIds).score(gold));
        }
    }

    /** The first questions asked once, unmeasured: the JIT and the caches warm up. */
    private static void warmUp(SimilarClaims similar, SimilarityMethod method, Map<String, String> queries) {
        queries.values().stream().limit(50).forEach(text -> similar.checkedBefore(text, null, ASKED, method));
    }

    /** The model, remembering the vector of each text it was asked for: tuning asks the same texts many times. */
    private static final class RememberedEmbeddings extends SentenceEmbeddings {

        private final Map<String, float[]> remembered = new java.util.concurrent.ConcurrentHashMap<>();

        RememberedEmbeddings() {
            super(new EmbeddingProperties(true));
        }

        @Override
        public float[] embed(String text) {
            return remembered.computeIfAbsent(text, super::embed);
        }
    }

    /** "Checked before?" as the claim editor asks it, for a user who is a member of the project of every claim. */
    private static SimilarClaims similar(ClaimIndex index, SentenceEmbeddings embeddings, Tuning tuning) {
        Query visible = new TermQuery(new Term(ClaimFields.PROJECT_ID, PROJECT.toString()));
        return new SimilarClaims(index, embeddings, () -> visible, tuning);
    }

    private static void row(String variant, boolean isDefault, Scores scores) {
        System.out.printf(Locale.ENGLISH, "%-40s %7.4f %7.4f %9.4f%n", (isDefault ? "* " : "  ") + variant,
                scores.map5(), scores.mrr(), scores.recall5());
    }

    private IndexRun index(String what, List<ClaimDigest> claims, ClaimVectors vectors) throws IOException {
        long started = System.nanoTime();
        ClaimIndex index = ScratchIndex.build(Files.createTempDirectory(folder, "index"), claims, vectors);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ENGLISH, "Indexed %,d claims (%s) in %.1f s: %,.0f claims/s%n", claims.size(), what,
                seconds, claims.size() / seconds);
        return new IndexRun(index, seconds);
    }

    private static Answers ask(SimilarClaims similar, SimilarityMethod method, Map<String, String> queries,
                               Map<UUID, String> claimIds) {
        Map<String, List<String>> ranked = new LinkedHashMap<>();
        double[] millis = new double[queries.size()];
        int i = 0;
        for (Map.Entry<String, String> query : queries.entrySet()) {
            long started = System.nanoTime();
            List<SimilarClaim> found = similar.checkedBefore(query.getValue(), null, ASKED, method).claims();
            millis[i++] = (System.nanoTime() - started) / 1e6;
            ranked.put(query.getKey(), found.stream().map(claim -> claimIds.get(claim.claimId())).toList());
        }
        return new Answers(ranked, millis);
    }

    private static double perSentence(SentenceEmbeddings embeddings, List<ClaimDigest> claims) {
        List<String> sample = claims.stream().limit(200).map(ClaimDigest::quote).toList();
        sample.forEach(embeddings::embed); // warm-up
        long started = System.nanoTime();
        sample.forEach(embeddings::embed);
        return (System.nanoTime() - started) / 1e6 / sample.size();
    }

    // --- the data ---------------------------------------------------------------------------------------------

    /** The verified claims as digests: text as quote, fact-check title as restatement and article title. */
    private static List<ClaimDigest> readClaims(Path file, Map<UUID, String> claimIds) throws IOException {
        List<ClaimDigest> claims = new ArrayList<>();
        Instant checked = Instant.parse("2020-01-01T00:00:00Z");
        for (List<String> row : rows(file)) {
            String id = row.get(0);
            UUID claimId = UUID.nameUUIDFromBytes(("vclaim " + id).getBytes(StandardCharsets.UTF_8));
            UUID articleId = UUID.nameUUIDFromBytes(("fact-check " + id).getBytes(StandardCharsets.UTF_8));
            String title = row.size() > 2 ? row.get(2) : "";
            claims.add(new ClaimDigest(claimId, articleId, PROJECT, row.get(1), title, title, "Snopes", null, AUTHOR,
                    "CheckThat!", checked, checked, Verdict.NOT_YET_RATED, ReviewState.APPROVED, "", List.of(),
                    List.of(), List.of(), null));
            claimIds.put(claimId, id);
        }
        return claims;
    }

    private static Map<String, String> readQueries(Path file) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        for (List<String> row : rows(file)) {
            queries.put(row.get(0), row.get(1));
        }
        return queries;
    }

    /** TREC qrels: query, 0, document, relevance. */
    private static Map<String, Set<String>> readGold(Path file) throws IOException {
        Map<String, Set<String>> gold = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length == 4 && Integer.parseInt(fields[3]) > 0) {
                gold.computeIfAbsent(fields[0], query -> new HashSet<>()).add(fields[2]);
            }
        }
        return gold;
    }

    /**
     * The rows after the header line of a tab-separated file whose fields may be quoted as in CSV (a quoted field
     * may hold tabs, line breaks and doubled quotes).
     */
    static List<List<String>> rows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atFieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && atFieldStart) {
                quoted = true;
                atFieldStart = false;
            } else if (c == '\t') {
                row.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                atFieldStart = true;
            } else {
                field.append(c);
                atFieldStart = false;
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows.subList(Math.min(1, rows.size()), rows.size()).stream()
                .filter(fields -> fields.size() >= 2 && !fields.get(0).isBlank()).toList();
    }

    private static Path input(String property, String devFile) {
        String given = System.getProperty(property);
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        for (Path root = Path.of("").toAbsolutePath(); root != null; root = root.getParent()) {
            Path candidate = root.resolve(DATA).resolve(devFile);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: the CPU stays unknown
        }
        String load = "";
        try {
            load = ", load " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", Java "
                + Runtime.version().feature() + load;
    }

    // --- the measures -----------------------------------------------------------------------------------------

    private record IndexRun(ClaimIndex index, double seconds) {
    }

    /** The claim ids each query got, best first, and how long each took. */
    private record Answers(Map<String, List<String>> ranked, double[] millis) {

        Scores score(Map<String, Set<String>> gold) {
            double averagePrecision = 0;
            double reciprocalRank = 0;
            double recall = 0;
            for (Map.Entry<String, List<String>> answer : ranked.entrySet()) {
                Set<String> relevant = gold.get(answer.getKey());
                List<String> found = answer.getValue();
                int hits = 0;
                double precisions = 0;
                boolean first = true;
                for (int rank = 0; rank < found.size(); rank++) {
                    if (relevant.contains(found.get(rank))) {
                        if (first) {
                            reciprocalRank += 1.0 / (rank + 1);
                            first = false;
                        }
                        if (rank < 5) {
                            hits++;
                            precisions += (double) hits / (rank + 1);
                        }
                    }
                }
                averagePrecision += precisions / relevant.size(); // as the lab's scorer: over all relevant claims
                recall += (double) hits / relevant.size();
            }
            int n = ranked.size();
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return new Scores(averagePrecision / n, reciprocalRank / n, recall / n, percentile(sorted, 50),
                    percentile(sorted, 99));
        }

        private static double percentile(double[] sorted, int percent) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
        }
    }

    private record Scores(double map5, double mrr, double recall5, double p50, double p99) {
    }
}
