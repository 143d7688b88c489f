package org.veritext.core.text;

/**
 * Whether a text shows anything to a reader. A title of only no-break spaces, or of only zero-width and
 * direction marks, is not empty to {@link String#isBlank} but shows as nothing in a list: such a field is as good
 * as empty, and is refused like an empty one.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** True if no character of {@code text} is a letter, digit, punctuation mark or symbol. */
    public static boolean isEmpty(String text) {
        return text == null || text.codePoints().noneMatch(VisibleText::isVisible);
    }

    /** How many characters of {@code text} are visible (code points, as {@link #isEmpty} judges them). */
    public static long count(String text) {
        return text == null ? 0 : text.codePoints().filter(VisibleText::isVisible).count();
    }

    /**
     * Letters, digits, punctuation, symbols and private-use characters (fonts draw icons there) are visible. Spaces
     * of every kind, control and format characters (zero-width, joiners, bidi controls, soft hyphen), combining
     * marks on their own, and the few letters and symbols that are drawn blank on purpose are not.
     */
    static boolean isVisible(int codePoint) {
        if (isDrawnBlank(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION,
                 Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL,
                 Character.COMBINING_SPACING_MARK, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    /** The Hangul fillers (letters by category, blank by design) and the blank braille pattern. */
    private static boolean isDrawnBlank(int codePoint) {
        return codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0
                || codePoint == 0x2800;
    }
}
