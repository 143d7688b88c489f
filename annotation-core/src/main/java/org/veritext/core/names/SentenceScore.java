package org.veritext.core.names;

import java.util.List;

/**
 * A sentence and how check-worthy it looks, with the reasons shown to the fact-checker.
 *
 * @param start   UTF-16 offset of the sentence's first visible character
 * @param end     UTF-16 offset after its last visible character (exclusive)
 * @param score   the sum of the weights of its features (see {@link CheckWorthySentences})
 * @param reasons one short phrase per feature: "a number: 6,000", "reporting verb: said", "quotation",
 *                "comparison: largest", "names 2 actors"
 * @param speaker who the sentence says is speaking, or null
 */
public record SentenceScore(int start, int end, double score, List<String> reasons, Speaker speaker) {

    public SentenceScore {
        reasons = List.copyOf(reasons);
    }
}
