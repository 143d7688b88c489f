package org.veritext.search.similar;

import static org.veritext.search.index.ClaimFields.ARTICLE_ID;
import static org.veritext.search.index.ClaimFields.ARTICLE_TITLE;
import static org.veritext.search.index.ClaimFields.CLAIMANT_NAME;
import static org.veritext.search.index.ClaimFields.CLAIM_ID;
import static org.veritext.search.index.ClaimFields.QUOTE;
import static org.veritext.search.index.ClaimFields.RESTATEMENT;
import static org.veritext.search.index.ClaimFields.REVIEW_STATE;
import static org.veritext.search.index.ClaimFields.VECTOR;
import static org.veritext.search.index.ClaimFields.VERDICT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.veritext.core.claim.Verdict;
import org.veritext.core.review.ReviewState;
import org.veritext.search.index.ClaimAnalyzer;
import org.veritext.search.index.ClaimFields;
import org.veritext.search.index.ClaimIndex;
import org.veritext.search.index.IndexNotReadyException;
import org.veritext.search.query.VisibleClaims;

/**
 * "Checked before?": the claims most like a text (the claim being written), from every project the user is a member
 * of ({@link VisibleClaims}, applied here so that no caller can forget it), so that a fact-checker sees what was
 * already checked, with its verdict. It recognises paraphrases, not only shared words:
 * by default it fuses a word search (BM25 over quote and restatement) with the nearest neighbours of the text's
 * sentence embedding ({@link SentenceEmbeddings}), both restricted by the same filter before they rank, so claims
 * the user may not see never take the places of those he may.
 *
 * <p>Fast enough to run as the user types: the text's vector is computed on the calling thread (a few
 * milliseconds), both searches read the index in memory. With embeddings switched off it matches words only,
 * whatever method is asked for.
 */
@Service
public class SimilarClaims {

    public static final int MAX_LIMIT = 50;
    private static final Logger log = LoggerFactory.getLogger(SimilarClaims.class);
    private static final Set<String> SHOWN_FIELDS = Set.of(CLAIM_ID, ARTICLE_ID, ARTICLE_TITLE, QUOTE, RESTATEMENT,
            CLAIMANT_NAME, VERDICT, REVIEW_STATE);

    private final ClaimIndex index;
    private final SentenceEmbeddings embeddings;
    private final Supplier<Query> visibleClaims;
    private final Tuning tuning;
    private final Analyzer analyzer = new ClaimAnalyzer();

    @Autowired
    SimilarClaims(ClaimIndex index, SentenceEmbeddings embeddings, VisibleClaims visibleClaims) {
        this(index, embeddings, visibleClaims::filter, Tuning.DEFAULT);
    }

    /**
     * For benchmarks on data outside the database: {@code visibleClaims} stands in for the signed-in user's
     * projects.
     */
    SimilarClaims(ClaimIndex index, SentenceEmbeddings embeddings, Supplier<Query> visibleClaims, Tuning tuning) {
        this.index = index;
        this.embeddings = embeddings;
        this.visibleClaims = visibleClaims;
        this.tuning = tuning;
    }

    /**
     * "Checked before?": the earlier claims most like {@code text} among those of the signed-in user's projects, best
     * first, by words and meaning together (words only while embeddings are switched off). Any text is answered:
     * empty, huge or odd text gets a (possibly empty) list, never an error; while the first index is being built the
     * answer is empty and says so in its notice.
     *
     * @param text           what the claim says (e.g. its quote and restatement); web addresses are ignored, and
     *                       only the first {@value SimilarityText#MAX_CHARACTERS} characters count
     * @param excludeClaimId the claim being edited, never in the answer; null for a new claim
     * @param limit          how many at most, up to {@value #MAX_LIMIT}
     * @throws org.veritext.core.NotPermittedException if no one is signed in
     */
    public CheckedBefore checkedBefore(String text, UUID excludeClaimId, int limit) {
        return checkedBefore(text, excludeClaimId, limit, defaultMethod());
    }

    /** {@link #checkedBefore(String, UUID, int)} by the given method: for measuring one method against another. */
    CheckedBefore checkedBefore(String text, UUID excludeClaimId, int limit, SimilarityMethod method) {
        Query visible = visibleClaims.get(); // first: refuses a caller who is not signed in, whatever the text
        try {
            return CheckedBefore.of(similarTo(text, excludeClaimId, limit, visible, method));
        } catch (IndexNotReadyException e) {
            return new CheckedBefore(List.of(), e.getMessage());
        }
    }

    /** {@link SimilarityMethod#HYBRID} while embeddings are switched on, else {@link SimilarityMethod#WORDS}. */
    SimilarityMethod defaultMethod() {
        return embeddings.enabled() ? SimilarityMethod.HYBRID : SimilarityMethod.WORDS;
    }

    /**
     * The claims most like {@code text}, best first.
     *
     * @param visibleOnly the claims that may be found, applied inside both searches before they rank
     * @param method      words, meaning or both; words only while embeddings are switched off
     * @throws IndexNotReadyException while the first index is being built
     */
    private List<SimilarClaim> similarTo(String text, UUID excludeClaimId, int limit, Query visibleOnly,
                                         SimilarityMethod method) {
        String searched = SimilarityText.clean(text);
        int size = Math.clamp(limit, 0, MAX_LIMIT);
        if (searched.isEmpty() || size == 0) {
            return List.of();
        }
        SimilarityMethod used = embeddings.enabled() ? method : SimilarityMethod.WORDS;
        float[] vector = used == SimilarityMethod.WORDS ? null : embed(searched);
        if (vector == null && used == SimilarityMethod.EMBEDDINGS) {
            return List.of();
        }
        Query filter = filter(visibleOnly, excludeClaimId);
        return index.withSearcher(searcher -> {
            try {
                ScoreDoc[] byWords = used == SimilarityMethod.EMBEDDINGS ? new ScoreDoc[0]
                        : byWords(searcher, searched, filter);
                ScoreDoc[] byMeaning = vector == null ? new ScoreDoc[0]
                        : searcher.search(new KnnFloatVectorQuery(VECTOR, vector, tuning.neighbours(), filter),
                                tuning.neighbours()).scoreDocs;
                return load(searcher, fuse(byWords, byMeaning, size), tuning.fusion());
            } catch (IOException e) {
                throw new UncheckedIOException("Searching the claim index for similar claims failed", e);
            }
        });
    }

    /** The text's vector; null (words only) if the model fails, which is logged: the panel still answers. */
    private float[] embed(String text) {
        try {
            return embeddings.embed(text);
        } catch (RuntimeException e) {
            log.error("Computing the meaning of a text failed: \"checked before?\" matches its words only", e);
            return null;
        }
    }

    /** Every visible claim (every claim if {@code visibleOnly} is null) but the excluded one; for both searches. */
    private static Query filter(Query visibleOnly, UUID excludeClaimId) {
        Query claims = visibleOnly == null ? ClaimFields.allClaims() : visibleOnly;
        if (excludeClaimId == null) {
            return claims;
        }
        return new BooleanQuery.Builder()
                .add(claims, Occur.FILTER)
                .add(new TermQuery(new Term(CLAIM_ID, excludeClaimId.toString())), Occur.MUST_NOT)
                .build();
    }

    /** The claims sharing words with {@code text}, best first, their scores as a share of a full match. */
    private ScoreDoc[] byWords(IndexSearcher searcher, String text, Query filter) throws IOException {
        WordQuery words = WordQuery.of(text, analyzer, searcher.getIndexReader(), tuning.maxWords());
        if (words == null) {
            return new ScoreDoc[0];
        }
        Query query = filter == null ? words.query()
                : new BooleanQuery.Builder().add(words.query(), Occur.MUST).add(filter, Occur.FILTER).build();
        ScoreDoc[] found = searcher.search(query, tuning.wordCandidates()).scoreDocs;
        for (ScoreDoc hit : found) {
            hit.score = (float) Math.min(1, hit.score / words.fullMatch());
        }
        return found;
    }

    /**
     * One ranking of the two, at most {@code size} long. Each claim gets a rank score (weight / (constant + rank)
     * from each ranking it is in) and a value score (its share of a full word match, and its cosine similarity,
     * weighted); the chosen fusion ranks by one and breaks ties by the other. The value score knows how strong each
     * match is, the rank score does not: the first claim by words is first however few words it shares.
     */
    private List<Ranked> fuse(ScoreDoc[] byWords, ScoreDoc[] byMeaning, int size) {
        Map<Integer, Ranked> ranked = new HashMap<>();
        double wordWeight = byMeaning.length == 0 ? 1 : 1 - tuning.meaningWeight();
        double meaningWeight = byWords.length == 0 ? 1 : tuning.meaningWeight();
        for (int rank = 0; rank < byWords.length; rank++) {
            ranked.computeIfAbsent(byWords[rank].doc, Ranked::new).add(
                    wordWeight / (tuning.rankConstant() + rank + 1),
                    wordWeight * byWords[rank].score, rank, size, SimilarityMethod.WORDS);
        }
        for (int rank = 0; rank < byMeaning.length; rank++) {
            double cosine = 2.0 * byMeaning[rank].score - 1; // Lucene scores unit vectors' dot product as (1 + cos) / 2
            ranked.computeIfAbsent(byMeaning[rank].doc, Ranked::new).add(
                    meaningWeight / (tuning.rankConstant() + rank + 1),
                    meaningWeight * cosine, rank, size, SimilarityMethod.EMBEDDINGS);
        }
        boolean byRank = tuning.fusion() == Tuning.Fusion.RECIPROCAL_RANK;
        Comparator<Ranked> rankFirst = Comparator.comparingDouble(Ranked::rankScore)
                .thenComparingDouble(Ranked::valueScore);
        Comparator<Ranked> valueFirst = Comparator.comparingDouble(Ranked::valueScore)
                .thenComparingDouble(Ranked::rankScore);
        return ranked.values().stream()
                .sorted((byRank ? rankFirst : valueFirst).reversed().thenComparingInt(Ranked::doc))
                .limit(size)
                .toList();
    }

    private static List<SimilarClaim> load(IndexSearcher searcher, List<Ranked> ranked, Tuning.Fusion fusion)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<SimilarClaim> claims = new ArrayList<>(ranked.size());
        for (Ranked hit : ranked) {
            Document document = stored.document(hit.doc(), SHOWN_FIELDS);
            claims.add(new SimilarClaim(UUID.fromString(document.get(CLAIM_ID)),
                    UUID.fromString(document.get(ARTICLE_ID)), document.get(ARTICLE_TITLE), document.get(QUOTE),
                    document.get(RESTATEMENT), List.of(document.getValues(CLAIMANT_NAME)),
                    Verdict.valueOf(document.get(VERDICT)), ReviewState.valueOf(document.get(REVIEW_STATE)),
                    hit.score(fusion), hit.foundBy()));
        }
        return claims;
    }

    /** A document's fused scores, as the rankings are read. */
    private static final class Ranked {

        private final int doc;
        private final Set<SimilarityMethod> foundBy = EnumSet.noneOf(SimilarityMethod.class);
        private double rankScore;
        private double valueScore;

        Ranked(int doc) {
            this.doc = doc;
        }

        void add(double byRank, double byValue, int rank, int shown, SimilarityMethod method) {
            rankScore += byRank;
            valueScore += byValue;
            if (rank < shown) {
                foundBy.add(method);
            }
        }

        int doc() {
            return doc;
        }

        double rankScore() {
            return rankScore;
        }

        double valueScore() {
            return valueScore;
        }

        double score(Tuning.Fusion fusion) {
            return fusion == Tuning.Fusion.RECIPROCAL_RANK ? rankScore : valueScore;
        }

        Set<SimilarityMethod> foundBy() {
            return foundBy;
        }
    }
}
