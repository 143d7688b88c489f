package org.veritext.core.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.veritext.core.article.NewArticle;
import org.veritext.core.text.VisibleText;

/**
 * Reads the readable text of a web page, and what the page says about itself (title, publisher, date, address,
 * language). Block elements become paragraphs separated by a blank line; {@code <br>} becomes a line break.
 * Scripts, styles, forms, navigation and hidden parts are dropped; nothing of the page is ever rendered as HTML.
 * So are {@link PageFurniture page furniture}, {@link MarkupFragments fragments of broken markup} and paragraphs with
 * no visible character; what was left out is told in the draft's notes.
 */
final class HtmlArticleExtractor {

    private static final String NOT_ARTICLE_TEXT = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, math, form, button, input, select, textarea, nav, aside, footer, dialog, [hidden], "
            + "[aria-hidden=true], xmp, noembed, noframes";
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^/\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private HtmlArticleExtractor() {
    }

    static ArticleDraft extract(String html) {
        Document page = Jsoup.parse(html);
        String title = firstNonBlank(meta(page, "meta[property=og:title]"), page.title(),
                page.select("h1").eachText().stream().findFirst().orElse(null));
        String sourceUrl = webAddress(firstNonBlank(page.select("link[rel=canonical]").attr("href"),
                meta(page, "meta[property=og:url]")));
        String publisher = firstNonBlank(meta(page, "meta[property=og:site_name]"),
                meta(page, "meta[name=publisher]"), meta(page, "meta[name=application-name]"));
        LocalDate publishedOn = isoDate(firstNonBlank(meta(page, "meta[property=article:published_time]"),
                meta(page, "meta[itemprop=datePublished]"), meta(page, "meta[name=date]"),
                page.select("time[datetime]").attr("datetime")));
        String language = page.select("html").attr("lang");

        LeftOut leftOut = new LeftOut();
        long visibleOnPage = VisibleText.count(page.body().text());
        page.select(NOT_ARTICLE_TEXT).remove();
        Element root = articleRoot(page);
        if (VisibleText.count(root.text()) < visibleOnPage) {
            leftOut.surroundings();
        }
        ParagraphCollector paragraphs = new ParagraphCollector(leftOut);
        NodeTraversor.filter(paragraphs, root);
        return new ArticleDraft(new NewArticle(title, paragraphs.text(), sourceUrl, publisher, publishedOn, language),
                leftOut.notes());
    }

    /** The part of the page that holds the story: the longest {@code <article>}, else {@code <main>}, else body. */
    private static Element articleRoot(Document page) {
        return page.select("article").stream()
                .max(Comparator.comparingInt(article -> article.text().length()))
                .or(() -> page.select("main, [role=main]").stream().findFirst())
                .orElse(page.body());
    }

    private static String meta(Document page, String selector) {
        return page.select(selector).attr("content");
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (!VisibleText.isEmpty(candidate)) {
                return candidate.strip();
            }
        }
        return null;
    }

    /** Only an absolute http(s) address is worth keeping; a relative one means nothing without the page. */
    private static String webAddress(String value) {
        return value != null && WEB_ADDRESS.matcher(value).lookingAt() ? value : null;
    }

    private static LocalDate isoDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = ISO_DATE.matcher(value);
        try {
            return matcher.find() ? LocalDate.parse(matcher.group(1)) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
