package org.veritext.search.similar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.veritext.core.claim.ClaimDigest;
import org.veritext.search.index.ClaimVectors;

/**
 * The vectors the index keeps of claims: the sentence embedding of each claim's {@link SimilarityText}. Called by
 * the index's follower for each batch it writes, so the model runs off the request threads.
 *
 * <p>Should the model fail, the batch is indexed without vectors (its claims are still found by their words) and
 * the failure logged, rather than stopping the index.
 */
@Component
public class ClaimEmbeddings implements ClaimVectors {

    private static final Logger log = LoggerFactory.getLogger(ClaimEmbeddings.class);

    private final SentenceEmbeddings embeddings;
    private final SimilarityText text;

    @Autowired
    ClaimEmbeddings(SentenceEmbeddings embeddings) {
        this(embeddings, SimilarityText.DEFAULT);
    }

    ClaimEmbeddings(SentenceEmbeddings embeddings, SimilarityText text) {
        this.embeddings = embeddings;
        this.text = text;
    }

    @Override
    public boolean enabled() {
        return embeddings.enabled();
    }

    @Override
    public List<float[]> of(List<ClaimDigest> claims) {
        List<float[]> vectors = new ArrayList<>(Collections.nCopies(claims.size(), null));
        if (!embeddings.enabled()) {
            return vectors;
        }
        List<Integer> positions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            String claimText = text.of(claims.get(i));
            if (!claimText.isEmpty()) {
                positions.add(i);
                texts.add(claimText);
            }
        }
        try {
            List<float[]> computed = embeddings.embedAll(texts);
            for (int i = 0; i < positions.size(); i++) {
                vectors.set(positions.get(i), computed.get(i));
            }
        } catch (RuntimeException e) {
            log.error("Computing the meaning of {} claims failed: they are indexed with their words only", texts.size(),
                    e);
        }
        return vectors;
    }
}
