package org.veritext.core.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;
import org.veritext.core.article.NewArticle;
import org.veritext.core.text.VisibleText;

/**
 * Reads an uploaded {@code .txt}, {@code .md} or {@code .html} file into an article the user can check before
 * saving it, with notes on anything of the page that was left out. It stores nothing:
 * {@link org.veritext.core.article.ArticleService#importArticle} does that, and normalises the text.
 */
@Component
public class ArticleFileReader {

    /** The largest file we read: 5 MB. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    private static final int MAX_TITLE_FROM_FIRST_LINE = 200;

    public ArticleDraft read(String fileName, InputStream content) {
        Format format = Format.of(fileName);
        byte[] bytes = readAtMostMaxBytes(content);
        if (bytes.length == 0) {
            throw new ImportRejectedException("The file is empty.");
        }
        ArticleDraft draft = switch (format) {
            case TEXT -> new ArticleDraft(plainText(FileDecoder.decodeText(bytes)), List.of());
            case MARKDOWN -> HtmlArticleExtractor.extract(markdownAsHtml(FileDecoder.decodeText(bytes)));
            case HTML -> HtmlArticleExtractor.extract(FileDecoder.decodeHtml(bytes));
        };
        NewArticle article = draft.article();
        if (VisibleText.isEmpty(article.text())) {
            throw new ImportRejectedException("No readable text was found in " + fileName + ".");
        }
        String title = VisibleText.isEmpty(article.title()) ? baseName(fileName) : article.title();
        return new ArticleDraft(new NewArticle(title, article.text(), article.sourceUrl(), article.publisher(),
                article.publishedOn(), article.language()), draft.notes());
    }

    private static byte[] readAtMostMaxBytes(InputStream content) {
        try (content) {
            byte[] bytes = content.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new ImportRejectedException("The file is larger than 5 MB. Import a shorter file.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading an uploaded file failed", e);
        }
    }

    /** A text file's first line is usually its headline; it stays in the text too, since headlines make claims. */
    private static NewArticle plainText(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        String title = firstLine.length() <= MAX_TITLE_FROM_FIRST_LINE ? firstLine : null;
        return new NewArticle(title, text, null, null, null, null);
    }

    private static String markdownAsHtml(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private enum Format {
        TEXT, MARKDOWN, HTML;

        static Format of(String fileName) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".txt") || name.endsWith(".text")) {
                return TEXT;
            }
            if (name.endsWith(".md") || name.endsWith(".markdown")) {
                return MARKDOWN;
            }
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return HTML;
            }
            if (name.endsWith(".pdf")) {
                throw new ImportRejectedException(
                        "PDF files cannot be imported yet. Copy the article's text and paste it, or save the page as HTML.");
            }
            throw new ImportRejectedException("Veritext imports .txt, .md and .html files. Save the article as one of those.");
        }
    }
}
