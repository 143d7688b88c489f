package org.veritext.core.article;

import java.time.LocalDate;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.veritext.core.DomainException;
import org.veritext.core.text.FieldText;
import org.veritext.core.text.TextNormaliser;
import org.veritext.core.text.VisibleText;

/** The checked, cleaned descriptive fields of an article (everything but its text). */
record ArticleMetadata(String title, String sourceUrl, String publisher, LocalDate publishedOn, String language) {

    static final String DEFAULT_LANGUAGE = "en";

    static ArticleMetadata of(NewArticle article) {
        return new ArticleMetadata(
                title(article.title()),
                sourceUrl(article.sourceUrl()),
                publisher(article.publisher()),
                article.publishedOn(),
                language(article.language()));
    }

    private static String title(String raw) {
        String title = TextNormaliser.normaliseLine(raw);
        if (title.isEmpty()) {
            throw new DomainException("Give the article a title.");
        }
        // Bidi controls stay inside a real (say, Arabic) title; a title of nothing else would show as nothing.
        if (VisibleText.isEmpty(title)) {
            throw new DomainException("The title holds only invisible characters (spaces, zero-width or direction "
                    + "marks). Give the article a title that can be read.");
        }
        return ArticleLimits.TITLE.check(title);
    }

    private static String publisher(String raw) {
        String publisher = TextNormaliser.normaliseLine(raw);
        if (publisher.isEmpty()) {
            return null;
        }
        if (VisibleText.isEmpty(publisher)) {
            throw new DomainException("The publisher's name holds only invisible characters (spaces, zero-width or "
                    + "direction marks). Type the name, or leave the field empty.");
        }
        return ArticleLimits.PUBLISHER.check(publisher);
    }

    /** Only web addresses: a {@code javascript:} or {@code file:} link must never reach a page as a link. */
    private static String sourceUrl(String raw) {
        String url = FieldText.webAddress(raw, ArticleLimits.SOURCE_URL);
        return url.isEmpty() ? null : url;
    }

    /**
     * A BCP 47 language tag such as {@code en}, {@code tr} or {@code pt-BR}; English when none is given. A valid tag
     * can still be too long for its column (private-use parts may be any number of subtags), so the length is
     * checked both before parsing (a huge input is not worth parsing or quoting back) and after (the stored form).
     */
    private static String language(String raw) {
        String tag = TextNormaliser.normaliseLine(raw);
        if (tag.isEmpty()) {
            return DEFAULT_LANGUAGE;
        }
        ArticleLimits.LANGUAGE.check(tag);
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException();
            }
            return ArticleLimits.LANGUAGE.check(locale.toLanguageTag());
        } catch (IllformedLocaleException e) {
            throw new DomainException("\"" + tag + "\" is not a language code. Use one like en, tr or pt-BR.");
        }
    }
}
