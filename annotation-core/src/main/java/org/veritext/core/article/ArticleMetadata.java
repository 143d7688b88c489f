package org.veritext.core.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.veritext.core.DomainException;
import org.veritext.core.text.TextNormaliser;

/** The checked, cleaned descriptive fields of an article (everything but its text). */
record ArticleMetadata(String title, String sourceUrl, String publisher, LocalDate publishedOn, String language) {

    static final int MAX_TITLE_LENGTH = 500;
    static final int MAX_URL_LENGTH = 2000;
    static final int MAX_PUBLISHER_LENGTH = 300;
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
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new DomainException("The title is longer than " + MAX_TITLE_LENGTH + " characters. Shorten it.");
        }
        return title;
    }

    private static String publisher(String raw) {
        String publisher = TextNormaliser.normaliseLine(raw);
        if (publisher.length() > MAX_PUBLISHER_LENGTH) {
            throw new DomainException("The publisher's name is longer than " + MAX_PUBLISHER_LENGTH + " characters.");
        }
        return publisher.isEmpty() ? null : publisher;
    }

    /** Only web addresses: a {@code javascript:} or {@code file:} link must never reach a page as a link. */
    private static String sourceUrl(String raw) {
        String url = TextNormaliser.normaliseLine(raw);
        if (url.isEmpty()) {
            return null;
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new DomainException("The source address is longer than " + MAX_URL_LENGTH + " characters.");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new DomainException("The source must be a web address starting with http:// or https://.");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new DomainException("The source address is not a valid web address.");
        }
    }

    /** A BCP 47 language tag such as {@code en}, {@code tr} or {@code pt-BR}; English when none is given. */
    private static String language(String raw) {
        String tag = raw == null ? "" : raw.strip();
        if (tag.isEmpty()) {
            return DEFAULT_LANGUAGE;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException();
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new DomainException("\"" + tag + "\" is not a language code. Use one like en, tr or pt-BR.");
        }
    }
}
