package org.veritext.core.testing;

import org.veritext.core.anchor.TextSelection;

/** Selections as the browser would send them for a quote in a text. */
public final class Selections {

    private Selections() {
    }

    /** The first occurrence of {@code quote} in {@code text}. */
    public static TextSelection of(String text, String quote) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("\"" + quote + "\" is not in the test text");
        }
        return new TextSelection(start, start + quote.length(), quote);
    }
}
