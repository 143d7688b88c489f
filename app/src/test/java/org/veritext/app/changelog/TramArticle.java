package org.veritext.app.changelog;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.testing.Selections;

/**
 * A made-up article of numbered sentences, each one a claim to be, for tests and benchmarks that save many. Two
 * claims may not cover the same words, so the n-th selection is a sentence, shortened by one more character each
 * time round the article: tens of thousands of different selections.
 */
public final class TramArticle {

    public static final String TITLE = "The harbour tram";
    private static final int SENTENCES = 1000;
    public static final String TEXT = IntStream.range(0, SENTENCES).mapToObj(TramArticle::sentence)
            .collect(Collectors.joining("\n\n"));
    private static final List<TextSelection> SELECTIONS = IntStream.range(0, SENTENCES)
            .mapToObj(i -> Selections.of(TEXT, sentence(i))).toList();

    private TramArticle() {
    }

    /** The n-th selection, as the browser would send it: a sentence, shortened by the number of rounds made. */
    public static TextSelection sentence(long number) {
        TextSelection whole = SELECTIONS.get((int) (number % SENTENCES));
        int shorter = (int) (number / SENTENCES % (whole.quote().length() - 10));
        int end = whole.end() - shorter;
        return new TextSelection(whole.start(), end, TEXT.substring(whole.start(), end));
    }

    private static String sentence(int index) {
        return "Sentence " + index + " says the harbour tram carried " + (1000 + index) + " passengers.";
    }
}
