package org.veritext.core.names;

/** Why an existing name probably means the same as a new one, strongest first. */
public enum Similarity {

    /** The same name in another case, accent, punctuation, script or transliteration: Zelenskiy, Зеленський. */
    SAME_NAME,
    /** The same words in another order: "Zelenskyy, Volodymyr" and "Volodymyr Zelenskyy". */
    SAME_WORDS,
    /** One or two letters apart: "Zelenskky" and "Zelenskyy" (see {@link SimilarNames} for the thresholds). */
    CLOSE_SPELLING,
    /** One name is part of the other: "Zelenskyy" of "Volodymyr Zelenskyy", "Putin" of "Vladimir Putin". */
    PART_OF_NAME
}
