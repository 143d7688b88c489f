package org.veritext.search.query;

import java.time.LocalDate;
import java.util.UUID;

/** An article whose text, title or publisher matches a search, with the passages that matched. */
public record ArticleHit(UUID articleId, Snippet title, String publisher, LocalDate publishedOn, Snippet passages) {
}
