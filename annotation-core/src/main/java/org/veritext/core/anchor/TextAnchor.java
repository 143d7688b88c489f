package org.veritext.core.anchor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.veritext.core.DomainException;
import org.veritext.core.text.GraphemeClusters;
import org.veritext.core.text.VisibleText;

/**
 * Where a claim sits in its article: UTF-16 offsets {@code [start, end)} and the exact quote, with up to
 * {@value #CONTEXT_LENGTH} characters before and after it. Together they form a W3C TextPositionSelector and
 * TextQuoteSelector, so a claim can be found again even by a tool that only has the quote.
 */
@Embeddable
public record TextAnchor(
        @Column(name = "start_offset", nullable = false, updatable = false) int start,
        @Column(name = "end_offset", nullable = false, updatable = false) int end,
        @Column(name = "quote", nullable = false, updatable = false, columnDefinition = "text") String quote,
        @Column(name = "prefix", nullable = false, updatable = false, length = 40) String prefix,
        @Column(name = "suffix", nullable = false, updatable = false, length = 40) String suffix) {

    public static final int CONTEXT_LENGTH = 32;

    /**
     * Anchors a selection in the article text, or explains in a fact-checker's words why it cannot be anchored: an
     * empty or out-of-range selection, one that cuts a character as a reader sees it in two (an emoji sequence, a
     * flag, a letter and its accent: see {@link GraphemeClusters}), only white space, or a quote that differs from
     * the text at those offsets (the page was out of date, or the request was forged).
     */
    public static TextAnchor select(String articleText, TextSelection selection) {
        int start = selection.start();
        int end = selection.end();
        if (start == end) {
            throw new DomainException("Select the words of the claim in the text first.");
        }
        if (start < 0 || end > articleText.length() || start > end) {
            throw new DomainException("The selection lies outside the article text. Reload the page and select again.");
        }
        if (!GraphemeClusters.isBoundary(articleText, start) || !GraphemeClusters.isBoundary(articleText, end)) {
            throw new DomainException("The selection cuts a character in two (such as an emoji, a flag or a letter "
                    + "with its accent). Select whole characters.");
        }
        String quote = articleText.substring(start, end);
        if (!quote.equals(selection.quote())) {
            throw new DomainException("The selected text does not match the article. Reload the page and select again.");
        }
        if (VisibleText.isEmpty(quote)) {
            throw new DomainException("The selection holds only spaces, line breaks or invisible characters. Select "
                    + "the words of the claim.");
        }
        return new TextAnchor(start, end, quote, prefix(articleText, start), suffix(articleText, end));
    }

    /** At most {@value #CONTEXT_LENGTH} characters before the quote, starting on a whole character. */
    private static String prefix(String text, int start) {
        int from = GraphemeClusters.boundaryAtOrAfter(text, Math.max(0, start - CONTEXT_LENGTH));
        return text.substring(from, start); // start is a boundary, so from <= start
    }

    /** At most {@value #CONTEXT_LENGTH} characters after the quote, ending on a whole character. */
    private static String suffix(String text, int end) {
        int to = GraphemeClusters.boundaryAtOrBefore(text, Math.min(text.length(), end + CONTEXT_LENGTH));
        return text.substring(end, to); // end is a boundary, so to >= end
    }
}
