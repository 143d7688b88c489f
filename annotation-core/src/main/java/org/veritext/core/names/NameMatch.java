package org.veritext.core.names;

import java.util.Set;

/**
 * One occurrence of a catalog name in a text.
 *
 * @param start  UTF-16 offset of the first character, at a grapheme cluster boundary
 * @param end    UTF-16 offset after the last character (exclusive), at a grapheme cluster boundary
 * @param text   the text between them, as written in the article
 * @param owners everyone whose name or alias this is: a name can belong to several actors or events
 */
public record NameMatch<T>(int start, int end, String text, Set<T> owners) {

    public NameMatch {
        owners = Set.copyOf(owners);
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
