package org.veritext.core.names;

import org.veritext.core.text.GraphemeClusters;

/**
 * Keeps match offsets on grapheme cluster boundaries, cheaply. Word boundaries (UAX #29) already fall between
 * clusters except around rare characters, so the full check ({@link GraphemeClusters}, which segments the line) runs
 * only when a character next to the offset could join a cluster across it: a combining or spacing mark, a format
 * character (zero-width joiner, prepended marks), a modifier symbol (emoji skin tones) or half of a surrogate pair.
 */
final class TextBoundaries {

    private TextBoundaries() {
    }

    static int clusterStartAtOrBefore(String text, int offset) {
        return mayBeInsideCluster(text, offset) ? GraphemeClusters.boundaryAtOrBefore(text, offset) : offset;
    }

    static int clusterEndAtOrAfter(String text, int offset) {
        return mayBeInsideCluster(text, offset) ? GraphemeClusters.boundaryAtOrAfter(text, offset) : offset;
    }

    private static boolean mayBeInsideCluster(String text, int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return false;
        }
        return joinsBackwards(Character.getType(text.charAt(offset)))
                || Character.getType(text.codePointBefore(offset)) == Character.FORMAT;
    }

    private static boolean joinsBackwards(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
                || type == Character.MODIFIER_SYMBOL || type == Character.SURROGATE;
    }
}
