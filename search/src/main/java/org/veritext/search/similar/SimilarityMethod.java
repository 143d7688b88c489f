package org.veritext.search.similar;

/** How "checked before?" finds claims like a text. */
public enum SimilarityMethod {

    /** Shared words, ranked by BM25 over quote and restatement. */
    WORDS,
    /** Similar meaning: the sentence embeddings' nearest neighbours. */
    EMBEDDINGS,
    /** Both, fused into one ranking: the default while embeddings are switched on. */
    HYBRID
}
