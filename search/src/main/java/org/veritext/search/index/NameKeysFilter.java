package org.veritext.search.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.veritext.core.names.NameKeys;
import org.veritext.core.names.TokenKeys;

/**
 * Puts every key of a name's word in its place (see {@link NameKeys}): the folded word, its Latin spellings if it is
 * in another script, and their skeletons, at one position. Run on indexed names and on queried words alike, it lets
 * "Зеленський", "Zelensky" and "Zelenskiy" find an actor called "Volodymyr Zelenskyy".
 */
final class NameKeysFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State current;

    NameKeysFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.pop());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        TokenKeys keys = NameKeys.ofWord(term.toString());
        pending.addAll(keys.all());
        pending.remove(keys.folded());
        if (keys.folded().isEmpty()) {
            return incrementToken(); // punctuation only: nothing to find it by
        }
        current = captureState();
        term.setEmpty().append(keys.folded());
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
