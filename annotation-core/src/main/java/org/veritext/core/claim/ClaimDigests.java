package org.veritext.core.claim;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims read for derived stores such as the search index, which keep themselves in step with the database. These
 * reads check no user: they run on a follower's thread or at start-up, and what they return reaches users only
 * through services that do check.
 */
@Component
@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
public class ClaimDigests {

    private static final UUID BEFORE_ALL = new UUID(0L, 0L);
    /** Ids per query: well below what every database takes in an IN list. */
    private static final int LOOKUP_CHUNK = 500;

    private final ClaimRepository claims;
    private final TransactionTemplate readOnlyBatch;

    ClaimDigests(ClaimRepository claims, PlatformTransactionManager transactions) {
        this.claims = claims;
        this.readOnlyBatch = new TransactionTemplate(transactions);
        readOnlyBatch.setReadOnly(true);
        readOnlyBatch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The claims among {@code claimIds} as committed now, by id; deleted ones are missing. */
    public Map<UUID, ClaimDigest> find(Collection<UUID> claimIds) {
        Map<UUID, ClaimDigest> found = new HashMap<>();
        List<UUID> ids = List.copyOf(claimIds);
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            for (Claim claim : claims.findAllById(ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK)))) {
                found.put(claim.getId(), ClaimDigest.of(claim));
            }
        }
        return found;
    }

    /** The claims linked to an actor, in any role: what to index again when his names change. */
    public List<UUID> linkedToActor(UUID actorId) {
        return claims.findIdsLinkedToActor(actorId);
    }

    /** The claims about an event: what to index again when its title changes. */
    public List<UUID> linkedToEvent(UUID eventId) {
        return claims.findIdsLinkedToEvent(eventId);
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
            UUID from = after;
            batch = readOnlyBatch.execute(status -> claims.findByIdGreaterThanOrderById(from, Limit.of(batchSize))
                    .stream().map(ClaimDigest::of).toList());
            if (!batch.isEmpty()) {
                batchConsumer.accept(batch);
                after = batch.getLast().claimId();
            }
        } while (batch.size() == batchSize);
    }
}
