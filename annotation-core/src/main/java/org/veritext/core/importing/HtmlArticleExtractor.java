package org.veritext.core.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.veritext.core.article.NewArticle;

/**
 * Reads the readable text of a web page, and what the page says about itself (title, publisher, date, address,
 * language). Block elements become paragraphs separated by a blank line; {@code <br>} becomes a line break.
 * Scripts, styles, forms, navigation and hidden parts are dropped; nothing of the page is ever rendered as HTML.
 */
final class HtmlArticleExtractor {

    private static final String NOT_ARTICLE_TEXT = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, math, form, button, input, select, textarea, nav, aside, footer, dialog, [hidden], "
            + "[aria-hidden=true]";
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "caption", "center", "dd",
            "details", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tr", "ul");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^/\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private HtmlArticleExtractor() {
    }

    static NewArticle extract(String html) {
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

        page.select(NOT_ARTICLE_TEXT).remove();
        String text = readableText(articleRoot(page));
        return new NewArticle(title, text, sourceUrl, publisher, publishedOn, language);
    }

    /** The part of the page that holds the story: the longest {@code <article>}, else {@code <main>}, else body. */
    private static Element articleRoot(Document page) {
        return page.select("article").stream()
                .max(Comparator.comparingInt(article -> article.text().length()))
                .or(() -> page.select("main, [role=main]").stream().findFirst())
                .orElse(page.body());
    }

    private static String readableText(Element root) {
        ParagraphCollector collector = new ParagraphCollector();
        NodeTraversor.traverse(collector, root);
        return collector.text();
    }

    /** Walks the tree once, iteratively (a hostile, deeply nested page cannot overflow the stack). */
    private static final class ParagraphCollector implements NodeVisitor {

        private final StringBuilder text = new StringBuilder();
        private final StringBuilder paragraph = new StringBuilder();
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCKS.contains(tag)) {
                    endParagraph();
                }
                if (tag.equals("pre")) {
                    preDepth++;
                } else if (tag.equals("br")) {
                    paragraph.append('\n');
                } else if (tag.equals("td") || tag.equals("th")) {
                    appendText(" ");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("pre")) {
                    preDepth--;
                }
                if (BLOCKS.contains(tag)) {
                    endParagraph();
                }
            }
        }

        private void appendText(String raw) {
            if (preDepth > 0) {
                paragraph.append(raw);
                return;
            }
            String collapsed = raw.replaceAll("[\\s\\u00A0]+", " ");
            boolean atLineStart = paragraph.isEmpty() || paragraph.charAt(paragraph.length() - 1) == '\n';
            boolean afterSpace = !paragraph.isEmpty() && paragraph.charAt(paragraph.length() - 1) == ' ';
            if ((atLineStart || afterSpace) && collapsed.startsWith(" ")) {
                collapsed = collapsed.substring(1);
            }
            paragraph.append(collapsed);
        }

        private void endParagraph() {
            String finished = paragraph.toString().strip();
            paragraph.setLength(0);
            if (!finished.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(finished);
            }
        }

        String text() {
            endParagraph();
            return text.toString();
        }
    }

    private static String meta(Document page, String selector) {
        return page.select(selector).attr("content");
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
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
