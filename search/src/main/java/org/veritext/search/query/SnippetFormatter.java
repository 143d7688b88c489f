package org.veritext.search.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the highlighter's passages into a {@link Snippet}, passages joined by an ellipsis. */
final class SnippetFormatter extends PassageFormatter {

    private static final String ELLIPSIS = " \u2026 ";

    @Override
    public Snippet format(Passage[] passages, String content) {
        List<Snippet.Part> parts = new ArrayList<>();
        for (int p = 0; p < passages.length; p++) {
            Passage passage = passages[p];
            if (p > 0) {
                parts.add(new Snippet.Part(ELLIPSIS, false));
            }
            int position = passage.getStartOffset();
            for (int m = 0; m < passage.getNumMatches(); m++) {
                int matchStart = Math.max(passage.getMatchStarts()[m], position);
                int matchEnd = passage.getMatchEnds()[m];
                if (matchEnd <= matchStart) {
                    continue; // overlaps the previous match, which already covers it
                }
                if (matchStart > position) {
                    parts.add(new Snippet.Part(content.substring(position, matchStart), false));
                }
                parts.add(new Snippet.Part(content.substring(matchStart, matchEnd), true));
                position = matchEnd;
            }
            if (position < passage.getEndOffset()) {
                parts.add(new Snippet.Part(content.substring(position, passage.getEndOffset()), false));
            }
        }
        return new Snippet(List.copyOf(parts));
    }
}
