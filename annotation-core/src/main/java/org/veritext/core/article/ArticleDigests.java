package org.veritext.core.article;

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
 * Articles as the search index reads them, by id or all of them in batches. It checks no user, like
 * {@code ClaimDigests}: its reader is the index's follower, and what the index holds is filtered by project when
 * searched, never here.
 */
@Component
@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
public class ArticleDigests {

    private static final UUID BEFORE_ALL = new UUID(0L, 0L);
    private static final int LOOKUP_CHUNK = 500;

    private final ArticleRepository articles;
    private final TransactionTemplate readOnlyBatch;

    ArticleDigests(ArticleRepository articles, PlatformTransactionManager transactions) {
        this.articles = articles;
        this.readOnlyBatch = new TransactionTemplate(transactions);
        readOnlyBatch.setReadOnly(true);
        readOnlyBatch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The articles among {@code articleIds}, by id; missing ones are left out. */
    public Map<UUID, ArticleDigest> find(Collection<UUID> articleIds) {
        Map<UUID, ArticleDigest> found = new HashMap<>();
        List<UUID> ids = List.copyOf(articleIds);
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            for (Article article : articles.findAllById(ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK)))) {
                found.put(article.getId(), ArticleDigest.of(article));
            }
        }
        return found;
    }

    /** Hands every article to {@code batchConsumer}, {@code batchSize} at a time, each batch read on its own. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void forEachBatch(int batchSize, Consumer<List<ArticleDigest>> batchConsumer) {
        UUID after = BEFORE_ALL;
        List<ArticleDigest> batch;
        do {
            UUID from = after;
            batch = readOnlyBatch.execute(status -> articles.findByIdGreaterThanOrderById(from, Limit.of(batchSize))
                    .stream().map(ArticleDigest::of).toList());
            if (!batch.isEmpty()) {
                batchConsumer.accept(batch);
                after = batch.getLast().articleId();
            }
        } while (batch.size() == batchSize);
    }
}
