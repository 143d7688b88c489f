package org.veritext.app.changelog;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.veritext.core.claim.TextSelection;
import org.veritext.core.testing.Selections;

/** A made-up article of numbered sentences, each one a claim to be, for tests and benchmarks that save many. */
public final class TramArticle {

    public static final String TITLE = "The harbour tram";
    private static final int SENTENCES = 200;
    public static final String TEXT = IntStream.range(0, SENTENCES).mapToObj(TramArticle::sentence)
            .collect(Collectors.joining("\n\n"));
    private static final List<TextSelection> SELECTIONS = IntStream.range(0, SENTENCES)
            .mapToObj(i -> Selections.of(TEXT, sentence(i))).toList();

    private TramArticle() {
    }

    /** The selection of one sentence, as the browser would send it; any number picks one, round the article. */
    public static TextSelection sentence(long number) {
        return SELECTIONS.get((int) (number % SENTENCES));
    }

    private static String sentence(int index) {
        return "Sentence " + index + " says the harbour tram carried " + (1000 + index) + " passengers.";
    }
}
