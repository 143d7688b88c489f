package org.veritext.core.article;

import java.util.UUID;

/** Published inside the importing transaction; listeners that need the article to exist listen after commit. */
public record ArticleImported(UUID articleId) {
}
