package org.veritext.core.article;

import java.time.LocalDate;

/**
 * An article as a user hands it in (typed, pasted, or read from a file): nothing checked yet. Only title and text
 * are required.
 */
public record NewArticle(String title, String text, String sourceUrl, String publisher, LocalDate publishedOn,
                         String language) {

    public static NewArticle of(String title, String text) {
        return new NewArticle(title, text, null, null, null, null);
    }
}
