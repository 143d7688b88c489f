package org.veritext.search.similar;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.veritext.core.claim.Verdict;
import org.veritext.core.review.ReviewState;

/**
 * An earlier claim found like the given text, with what the "checked before?" panel shows of it.
 *
 * @param claimants   the names of the actors who made it, possibly none
 * @param score       how well it matches; higher is better, comparable only within one answer
 * @param foundBy     the single methods ({@link SimilarityMethod#WORDS}, {@link SimilarityMethod#EMBEDDINGS}) that
 *                    on their own would have shown it among as many claims as were asked for: "same words", "same
 *                    meaning", or both
 */
public record SimilarClaim(UUID claimId, UUID articleId, String articleTitle, String quote, String restatement,
                           List<String> claimants, Verdict verdict, ReviewState reviewState, double score,
                           Set<SimilarityMethod> foundBy) {

    public SimilarClaim {
        claimants = List.copyOf(claimants);
        foundBy = Set.copyOf(foundBy);
    }
}
