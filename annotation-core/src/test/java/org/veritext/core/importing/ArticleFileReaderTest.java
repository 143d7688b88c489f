package org.veritext.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.veritext.core.article.NewArticle;

class ArticleFileReaderTest {

    private final ArticleFileReader reader = new ArticleFileReader();

    @Test
    void readsPlainTextWithItsFirstLineAsTitle() {
        NewArticle article = read("talks.txt", "Talks end without ceasefire\n\nBoth sides met for an hour.");

        assertThat(article.title()).isEqualTo("Talks end without ceasefire");
        assertThat(article.text()).isEqualTo("Talks end without ceasefire\n\nBoth sides met for an hour.");
    }

    @Test
    void extractsReadableParagraphsFromHtmlAndDropsScriptsStylesAndHandlers() {
        String html = """
                <html lang="tr"><head>
                  <title>Page title</title>
                  <meta property="og:title" content="Talks in Istanbul">
                  <meta property="og:site_name" content="Harbour Herald">
                  <meta property="article:published_time" content="2025-06-03T08:15:00Z">
                  <link rel="canonical" href="https://news.example/talks">
                  <style>p { color: red }</style>
                  <script>alert('head')</script>
                </head><body onload="steal()">
                  <nav>Home | World | Sport</nav>
                  <article>
                    <h1>Talks in Istanbul</h1>
                    <p>The delegations met for <b>barely an hour</b>,<br>officials said.</p>
                    <script>document.cookie</script>
                    <p onclick="evil()">Each side will return <a href="javascript:x()">6,000</a> bodies.</p>
                    <div hidden>secret tracking text</div>
                    <form><input value="search"></form>
                  </article>
                  <footer>Copyright</footer>
                </body></html>
                """;

        ArticleDraft draft = draft("talks.html", html);
        NewArticle article = draft.article();

        assertThat(article.text()).isEqualTo("""
                Talks in Istanbul

                The delegations met for barely an hour,
                officials said.

                Each side will return 6,000 bodies.""");
        assertThat(draft.notes()).containsExactly(
                "Left out the parts of the page around the article: menus, sidebars, footer and hidden text.");
        assertThat(article.title()).isEqualTo("Talks in Istanbul");
        assertThat(article.publisher()).isEqualTo("Harbour Herald");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2025, 6, 3));
        assertThat(article.sourceUrl()).isEqualTo("https://news.example/talks");
        assertThat(article.language()).isEqualTo("tr");
    }

    @Test
    void leavesOutParagraphsWithNoVisibleCharacterAndSaysSo() {
        ArticleDraft draft = draft("talks.html", """
                <article><p>Talks resumed.</p><p>\u200B</p><p>\u200B\u2060 \u202F</p><p>&nbsp;</p>
                <p>Both sides met.</p></article>""");

        assertThat(draft.article().text()).isEqualTo("Talks resumed.\n\nBoth sides met.");
        assertThat(draft.notes()).containsExactly(
                "Left out 2 paragraphs with no visible characters (only zero-width or other invisible ones).");
    }

    @Test
    void leavesOutPageFurnitureButKeepsSentencesThatStartLikeIt() {
        ArticleDraft draft = draft("talks.html", """
                <article>
                  <h1>Talks in Istanbul</h1>
                  <p class="byline">By <a rel="author" href="/jane">Jane Doe</a></p>
                  <p><span itemprop="author">Ali Kaya</span> in Istanbul, 3 June 2025</p>
                  <p><time datetime="2025-06-03">Tuesday</time></p>
                  <p>Published: Tue, June 3, 2025 08:15 GMT</p>
                  <p>By Ali Kaya and Jane Doe, Reuters</p>
                  <p>By Tuesday, the ministry said 12,000 bodies would be returned.</p>
                  <h2>Related</h2>
                  <p>Related stories</p>
                  <p>ADVERTISEMENT</p>
                  <p>Read more \u00BB</p>
                  <p>Share this article</p>
                  <a href="#main">Skip to content</a>
                  <p>Related talks are planned for July.</p>
                  <p>Read more about the talks in our explainer.</p>
                  <p>The minister shared the figures on <time>3 June</time> at a briefing.</p>
                  <p>Our correspondent <a rel="author" href="/jane">Jane Doe</a> reported from the border crossing,
                     where the exchange took place.</p>
                  <div class="author"><p>Jane Doe is our Istanbul correspondent.</p></div>
                </article>""");

        assertThat(draft.article().text()).isEqualTo("""
                Talks in Istanbul

                By Tuesday, the ministry said 12,000 bodies would be returned.

                Related talks are planned for July.

                Read more about the talks in our explainer.

                The minister shared the figures on 3 June at a briefing.

                Our correspondent Jane Doe reported from the border crossing, where the exchange took place.""");
        assertThat(draft.notes()).containsExactly("Left out 12 short lines of page furniture: \u201CBy Jane Doe\u201D, "
                + "\u201CAli Kaya in Istanbul, 3 June 2025\u201D, \u201CTuesday\u201D, "
                + "\u201CPublished: Tue, June 3, 2025 08:15 GMT\u201D, \u201CBy Ali Kaya and Jane Doe, Reuters\u201D "
                + "and 7 more.");
    }

    @Test
    void neverKeepsFragmentsOfBrokenOrHostileMarkupAsText() {
        ArticleDraft draft = draft("hostile.html", """
                <article>
                  <p>Talks began. <scr<script>ipt>alert(1)</scr</script>ipt></p>
                  <p><<script>script>alert(2)<</script>/script>Talks went on.</p>
                  <p>Delegates left.</p>< /p>
                  <sc<style>x</style>ript>steal()
                  <p>Prices fell <5% while 3 > 2 held.</p>
                  <p>Both sides <b<i>agreed</i> to meet again.</p>
                </article>""");

        assertThat(draft.article().text()).isEqualTo("""
                Talks began.

                Talks went on.

                Delegates left.

                Prices fell <5% while 3 > 2 held.

                Both sides agreed to meet again.""");
        assertThat(draft.article().text()).doesNotContain("ipt>", "</scr", "script", "alert", "steal", "/p>");
        assertThat(draft.notes()).containsExactly("Left out 4 pieces of broken HTML markup: "
                + "\u201C<scr<script>ipt>alert(1)ipt>\u201D, \u201C</script>\u201D, "
                + "\u201C<sc<style>xript>steal()\u201D, \u201C< /p>\u201D.");
    }

    @Test
    void aPlainTextFileHasNothingLeftOut() {
        assertThat(draft("talks.txt", "Related\n\nBy Jane Doe\n\nTalks resumed.").notes()).isEmpty();
    }

    @Test
    void fallsBackFromAnInvisibleTitleToTheHeadline() {
        assertThat(read("page.html", "<title>\u200B\u202E</title><h1>Talks resumed</h1><p>Text</p>").title())
                .isEqualTo("Talks resumed");
    }

    @Test
    void refusesAFileWhoseTextIsOnlyInvisibleCharacters() {
        assertThatThrownBy(() -> read("blank.txt", "\u200B\n\u00A0\u2003\n\u2060"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("No readable text was found in blank.txt.");
    }

    @Test
    void takesTheWholeBodyWhenThePageHasNoArticleElement() {
        NewArticle article = read("page.htm", "<title>T</title><div>One</div><div>Two <span>three</span></div>");

        assertThat(article.text()).isEqualTo("One\n\nTwo three");
    }

    @Test
    void ignoresARelativeCanonicalAddress() {
        NewArticle article = read("page.html", "<link rel=canonical href=/talks><p>Text</p>");

        assertThat(article.sourceUrl()).isNull();
    }

    @Test
    void survivesDeeplyNestedHostileHtml() {
        String html = "<div>".repeat(100_000) + "deep text" + "</div>".repeat(100_000);

        assertThat(read("deep.html", html).text()).contains("deep text");
    }

    @Test
    void readsMarkdownAsParagraphsWithoutItsSyntax() {
        String markdown = """
                # Ceasefire talks

                Ukraine *proposed* more talks, [Umerov said](https://example.org).

                - prisoners
                - bodies
                """;

        NewArticle article = read("notes.md", markdown);

        assertThat(article.title()).isEqualTo("Ceasefire talks");
        assertThat(article.text()).isEqualTo("Ceasefire talks\n\nUkraine proposed more talks, Umerov said.\n\nprisoners\n\nbodies");
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] latin1 = "Caf\u00E9 talks".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read("cafe.txt", new ByteArrayInputStream(latin1)))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void readsAnHtmlPageInTheEncodingItDeclares() {
        byte[] page = "<meta charset=\"windows-1252\"><p>Caf\u00E9 \u201Ctalks\u201D</p>"
                .getBytes(Charset.forName("windows-1252"));

        NewArticle article = reader.read("cafe.html", new ByteArrayInputStream(page)).article();

        assertThat(article.text()).isEqualTo("Caf\u00E9 \u201Ctalks\u201D");
    }

    @Test
    void readsUtf16WithAByteOrderMark() {
        byte[] text = "\uFEFFT\u00FCrkiye hosted the talks.".getBytes(StandardCharsets.UTF_16LE);

        assertThat(reader.read("talks.txt", new ByteArrayInputStream(text)).article().text())
                .isEqualTo("T\u00FCrkiye hosted the talks.");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read("empty.txt", ""))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("The file is empty.");
    }

    @Test
    void refusesAFileWithNoReadableText() {
        assertThatThrownBy(() -> read("blank.html", "<html><script>x()</script><p>   </p></html>"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("No readable text");
    }

    @Test
    void refusesAFileOverFiveMegabytes() {
        byte[] big = new byte[ArticleFileReader.MAX_FILE_BYTES + 1];
        Arrays.fill(big, (byte) 'a');

        assertThatThrownBy(() -> reader.read("big.txt", new ByteArrayInputStream(big)))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("larger than 5 MB");
    }

    @Test
    void acceptsAFileOfExactlyFiveMegabytes() {
        byte[] big = new byte[ArticleFileReader.MAX_FILE_BYTES];
        Arrays.fill(big, (byte) 'a');

        assertThat(reader.read("big.txt", new ByteArrayInputStream(big)).article().text()).hasSize(big.length);
    }

    @Test
    void refusesBinaryFilesEvenWithATextName() {
        byte[] binary = {'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 2};

        assertThatThrownBy(() -> reader.read("image.txt", new ByteArrayInputStream(binary)))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("binary file");
    }

    @Test
    void explainsThatPdfAndWordFilesAreNotImportedYet() {
        assertThatThrownBy(() -> read("report.pdf", "%PDF-1.7"))
                .hasMessageContaining("PDF files cannot be imported yet");
        assertThatThrownBy(() -> read("report.txt", "%PDF-1.7 disguised"))
                .hasMessageContaining("PDF files cannot be imported yet");
        assertThatThrownBy(() -> read("report.html", "PK\u0003\u0004word"))
                .hasMessageContaining("Word document");
    }

    @Test
    void refusesUnknownFileTypes() {
        assertThatThrownBy(() -> read("slides.pptx", "x"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining(".txt, .md and .html");
    }

    @Test
    void fallsBackToTheFileNameForATitle() {
        assertThat(read("/tmp/uploads/peace-talks.html", "<p>Body only</p>").title()).isEqualTo("peace-talks");
    }

    private NewArticle read(String fileName, String content) {
        return draft(fileName, content).article();
    }

    private ArticleDraft draft(String fileName, String content) {
        return reader.read(fileName, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }
}
