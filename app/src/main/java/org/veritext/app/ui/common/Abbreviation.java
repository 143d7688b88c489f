package org.veritext.app.ui.common;

/** Shortens text for a label without cutting a character (an emoji, say) in half. */
public final class Abbreviation {

    private Abbreviation() {
    }

    public static String of(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints - 1)).stripTrailing() + "\u2026";
    }
}
