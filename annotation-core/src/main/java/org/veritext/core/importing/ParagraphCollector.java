package org.veritext.core.importing;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;
import org.veritext.core.text.VisibleText;

/**
 * Turns the article's part of a page into paragraphs, in one walk over the tree that never recurses (a hostile,
 * deeply nested page cannot overflow the stack) and never climbs back up it (nor can such a page make the walk
 * quadratic).
 * Block elements end a paragraph, {@code <br>} breaks a line, other white space collapses as a browser collapses
 * it, except in {@code <pre>}.
 *
 * <p>On the way it leaves out, and tells {@link LeftOut}: what a broken tag meant to hide a script holds; markup
 * fragments; paragraphs with no visible character; short paragraphs that are {@link PageFurniture}, either by
 * their words or by their markup (a byline element with little around it, or nothing but a {@code <time>}).
 */
final class ParagraphCollector implements NodeFilter {

    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "caption", "center", "dd",
            "details", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tr", "ul");
    private static final Evaluator BYLINE = QueryParser.parse(PageFurniture.BYLINE_ELEMENTS);
    /**
     * A paragraph is a byline when it has text inside a byline element and little else: "By", a date, an agency.
     * A sentence that names its author in a link ("said our correspondent Jane Doe, who…") has more.
     */
    private static final int MAX_VISIBLE_AROUND_BYLINE = 30;

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private final LeftOut leftOut;
    private int preDepth;
    private int bylineDepth;
    private int timeDepth;
    /** Whether the paragraph being collected has text inside a byline element, inside a time, or outside any time. */
    private boolean inByline;
    private long visibleOutsideByline;
    private boolean inTime;
    private boolean outsideTime;
    /** A broken tag that hides a script, and its text so far, while it lasts (see {@link #startHiddenCode}). */
    private Element hidingTag;
    private StringBuilder hiddenCode;

    ParagraphCollector(LeftOut leftOut) {
        this.leftOut = leftOut;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            appendText(textNode.getWholeText());
        } else if (node instanceof Element element) {
            enter(element);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            leave(element);
        }
        return FilterResult.CONTINUE;
    }

    /**
     * From a broken tag meant to hide a script ({@code <scr<script>}) to the end of its paragraph, the text is the
     * script's. Only to the end of the paragraph: such a tag is never closed, and the parser puts the rest of the page
     * inside it, which must not go with it.
     */
    private void startHiddenCode(Element broken) {
        endHiddenCode();
        hidingTag = broken;
        hiddenCode = new StringBuilder("<").append(broken.tagName()).append('>');
    }

    private void endHiddenCode() {
        if (hiddenCode != null) {
            leftOut.markup(hiddenCode.toString());
            hidingTag = null;
            hiddenCode = null;
        }
    }

    private void enter(Element element) {
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
        } else if (tag.equals("time")) {
            timeDepth++;
        }
        if (element.is(BYLINE)) {
            bylineDepth++;
        }
        if (MarkupFragments.isBroken(element) && MarkupFragments.hidesCode(element)) {
            startHiddenCode(element);
        }
    }

    private void leave(Element element) {
        String tag = element.normalName();
        if (tag.equals("pre")) {
            preDepth--;
        } else if (tag.equals("time")) {
            timeDepth--;
        }
        if (element.is(BYLINE)) {
            bylineDepth--;
        }
        if (element == hidingTag) {
            endHiddenCode();
        }
        if (BLOCKS.contains(tag)) {
            endParagraph();
        }
    }

    private void appendText(String raw) {
        if (hiddenCode != null) {
            hiddenCode.append(raw);
            return;
        }
        if (!VisibleText.isEmpty(raw)) {
            inByline |= bylineDepth > 0;
            visibleOutsideByline += bylineDepth > 0 ? 0 : VisibleText.count(raw);
            inTime |= timeDepth > 0;
            outsideTime |= timeDepth == 0;
        }
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

    /** Adds the paragraph to the text unless it is empty, markup only, invisible or furniture. */
    private void endParagraph() {
        endHiddenCode();
        String finished = MarkupFragments.remove(paragraph.toString().strip(), leftOut::markup);
        boolean markedAsFurniture = (inByline && visibleOutsideByline <= MAX_VISIBLE_AROUND_BYLINE)
                || (inTime && !outsideTime);
        paragraph.setLength(0);
        inByline = false;
        visibleOutsideByline = 0;
        inTime = false;
        outsideTime = false;
        if (finished.isEmpty()) {
            return; // white space between blocks, or nothing but markup (told already)
        }
        if (VisibleText.isEmpty(finished)) {
            leftOut.invisibleParagraph();
        } else if (finished.length() <= PageFurniture.MAX_LENGTH
                && (markedAsFurniture || PageFurniture.isFurniture(finished))) {
            leftOut.furniture(finished);
        } else {
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
