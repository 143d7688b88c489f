package org.veritext.core.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.veritext.core.DomainException;

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
     * empty or out-of-range selection, one that cuts a character such as an emoji in half, only white space, or a
     * quote that differs from the text at those offsets (the page was out of date, or the request was forged).
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
        if (splitsSurrogatePair(articleText, start) || splitsSurrogatePair(articleText, end)) {
            throw new DomainException("The selection cuts a character (such as an emoji) in half. Select whole characters.");
        }
        String quote = articleText.substring(start, end);
        if (!quote.equals(selection.quote())) {
            throw new DomainException("The selected text does not match the article. Reload the page and select again.");
        }
        if (quote.isBlank()) {
            throw new DomainException("The selection holds only spaces or line breaks. Select the words of the claim.");
        }
        return new TextAnchor(start, end, quote, prefix(articleText, start), suffix(articleText, end));
    }

    private static boolean splitsSurrogatePair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    private static String prefix(String text, int start) {
        int from = Math.max(0, start - CONTEXT_LENGTH);
        if (splitsSurrogatePair(text, from)) {
            from++;
        }
        return text.substring(from, start);
    }

    private static String suffix(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT_LENGTH);
        if (splitsSurrogatePair(text, to)) {
            to--;
        }
        return text.substring(end, to);
    }
}
