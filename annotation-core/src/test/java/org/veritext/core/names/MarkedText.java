package org.veritext.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A test text with the names it should yield marked in it: {@code [[Zelenskiy|zelenskyy]]} is the text
 * "Zelenskiy", expected to be found as the name of owner "zelenskyy" ({@code [[Kremlin|kremlin,putin]]} for
 * several owners). Offsets are counted in the text without the marks, so expectations cannot drift from the text.
 */
record MarkedText(String text, List<Expected> expected) {

    record Expected(int start, int end, String text, Set<String> owners) {
    }

    static MarkedText parse(String marked) {
        StringBuilder text = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = marked.indexOf("[[", at);
            if (open < 0) {
                text.append(marked, at, marked.length());
                return new MarkedText(text.toString(), List.copyOf(expected));
            }
            int bar = marked.indexOf('|', open);
            int close = marked.indexOf("]]", bar);
            text.append(marked, at, open);
            String name = marked.substring(open + 2, bar);
            int start = text.length();
            text.append(name);
            expected.add(new Expected(start, text.length(), name, Set.of(marked.substring(bar + 1, close).split(","))));
            at = close + 2;
        }
    }
}
