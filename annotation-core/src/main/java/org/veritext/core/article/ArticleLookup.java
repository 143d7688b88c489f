package org.veritext.core.article;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives other domain services the article entity they attach things to. It checks no user: callers are services
 * that have checked already. Views use {@link ArticleService}.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ArticleLookup {

    private final ArticleRepository articles;

    ArticleLookup(ArticleRepository articles) {
        this.articles = articles;
    }

    public Article require(UUID articleId) {
        return articles.findById(articleId).orElseThrow(ArticleService::notFound);
    }
}
