package org.veritext.search.similar;

import java.util.Set;
import java.util.UUID;
import org.veritext.core.claim.Verdict;

/**
 * A claim found like the given text, with what the claim editor shows of it.
 *
 * @param score   how well it matches; higher is better, comparable only within one answer
 * @param foundBy the single methods ({@link SimilarityMethod#WORDS}, {@link SimilarityMethod#EMBEDDINGS}) that on
 *                their own would have shown it among as many claims as were asked for: "same words", "same
 *                meaning", or both
 */
public record SimilarClaim(UUID claimId, UUID articleId, String articleTitle, String quote, String restatement,
                           Verdict verdict, double score, Set<SimilarityMethod> foundBy) {

    public SimilarClaim {
        foundBy = Set.copyOf(foundBy);
    }
}
