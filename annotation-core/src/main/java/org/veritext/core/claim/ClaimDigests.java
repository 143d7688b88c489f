package org.veritext.core.claim;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims read for derived stores such as the search index, which keep themselves in step with the database. These
 * reads check no user: they run after a commit or at start-up, and what they return reaches users only through
 * services that do check.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
public class ClaimDigests {

    private static final UUID BEFORE_ALL = new UUID(0L, 0L);
    /** Ids per query: well below what every database takes in an IN list. */
    private static final int LOOKUP_CHUNK = 500;

    private final ClaimRepository claims;

    ClaimDigests(ClaimRepository claims) {
        this.claims = claims;
    }

    /** The claim as it is committed now, or empty if it was deleted. */
    public Optional<ClaimDigest> find(UUID claimId) {
        return claims.findDigest(claimId);
    }

    /** The claims among {@code claimIds} as committed now, by id; deleted ones are missing. */
    public Map<UUID, ClaimDigest> find(Collection<UUID> claimIds) {
        Map<UUID, ClaimDigest> found = new HashMap<>();
        List<UUID> ids = List.copyOf(claimIds);
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            for (ClaimDigest digest : claims.findDigests(ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK)))) {
                found.put(digest.claimId(), digest);
            }
        }
        return found;
    }

    public long count() {
        return claims.count();
    }

    /** Hands every claim to {@code batchConsumer}, {@code batchSize} at a time, each batch read on its own. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void forEachBatch(int batchSize, Consumer<List<ClaimDigest>> batchConsumer) {
        UUID after = BEFORE_ALL;
        List<ClaimDigest> batch;
        do {
            batch = claims.findDigestsAfter(after, Limit.of(batchSize));
            if (!batch.isEmpty()) {
                batchConsumer.accept(batch);
                after = batch.getLast().claimId();
            }
        } while (batch.size() == batchSize);
    }
}
