package org.veritext.search.similar;

/**
 * The numbers behind {@link SimilarClaims}, measured on the CheckThat! 2020 training split (see
 * {@code docs/benchmarks.md}); other values exist for the benchmark to compare against.
 *
 * @param neighbours     how many nearest neighbours the vector graph is asked for: HNSW is approximate, and asking for
 *                       only as many as are shown loses many of the true nearest
 * @param wordCandidates how many claims the word search ranks before fusion
 * @param maxWords       at most this many distinct words of the text are searched, the rarest in the index first:
 *                       a pasted page stays a cheap query
 * @param fusion         how the two rankings become one
 * @param meaningWeight  the share of the meaning ranking in the fused score, 0 to 1 (words get the rest)
 * @param rankConstant   reciprocal-rank fusion's constant: a claim at rank r scores 1 / (rankConstant + r)
 */
record Tuning(int neighbours, int wordCandidates, int maxWords, Fusion fusion, double meaningWeight,
              int rankConstant) {

    /**
     * Score sum, half and half: on the training split it is as good as the best rank fusion (MAP@5 0.848 against
     * 0.854, within the noise of 800 questions) and, unlike rank fusion, flat around its optimum (0.847-0.849 for a
     * meaning weight from 0.3 to 0.6) and sensible in a small index, where every claim is among the nearest
     * neighbours and rank fusion would put any claim sharing a word above a paraphrase sharing none.
     */
    static final Tuning DEFAULT = new Tuning(100, 100, 64, Fusion.SCORE_SUM, 0.5, 60);

    Tuning {
        if (neighbours < 1 || wordCandidates < 1 || maxWords < 1 || meaningWeight < 0 || meaningWeight > 1
                || rankConstant < 0) {
            throw new IllegalArgumentException("Invalid tuning: " + neighbours + ", " + wordCandidates + ", "
                    + maxWords + ", " + meaningWeight + ", " + rankConstant);
        }
    }

    Tuning withNeighbours(int value) {
        return new Tuning(value, wordCandidates, maxWords, fusion, meaningWeight, rankConstant);
    }

    Tuning withFusion(Fusion value, double weight, int constant) {
        return new Tuning(neighbours, wordCandidates, maxWords, value, weight, constant);
    }

    /** How the word ranking and the meaning ranking become one. */
    enum Fusion {
        /** By rank only: weight / (rankConstant + rank) from each ranking, summed. */
        RECIPROCAL_RANK,
        /** By score: the share of a full word match (BM25) and the cosine similarity, weighted and summed. */
        SCORE_SUM
    }
}
