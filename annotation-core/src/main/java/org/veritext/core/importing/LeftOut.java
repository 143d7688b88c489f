package org.veritext.core.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.veritext.core.text.GraphemeClusters;

/**
 * Keeps account of what the HTML reader leaves out of an article, and says it in a few short notes for the import
 * form: the user checks the text before saving, and must be able to see what is not there.
 */
final class LeftOut {

    private static final int EXAMPLES = 5;
    private static final int EXAMPLE_LENGTH = 40;

    private final List<String> furniture = new ArrayList<>();
    private final List<String> markup = new ArrayList<>();
    private int invisibleParagraphs;
    private boolean surroundings;

    void furniture(String text) {
        furniture.add(text);
    }

    void markup(String fragment) {
        markup.add(fragment);
    }

    void invisibleParagraph() {
        invisibleParagraphs++;
    }

    void surroundings() {
        surroundings = true;
    }

    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (surroundings) {
            notes.add("Left out the parts of the page around the article: menus, sidebars, footer and hidden text.");
        }
        if (!furniture.isEmpty()) {
            notes.add("Left out " + count(furniture.size(), "short line", "short lines")
                    + " of page furniture: " + examples(furniture) + ".");
        }
        if (!markup.isEmpty()) {
            notes.add("Left out " + count(markup.size(), "piece", "pieces") + " of broken HTML markup: "
                    + examples(markup) + ".");
        }
        if (invisibleParagraphs > 0) {
            notes.add("Left out " + count(invisibleParagraphs, "paragraph", "paragraphs")
                    + " with no visible characters (only zero-width or other invisible ones).");
        }
        return notes;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String examples(List<String> texts) {
        String shown = texts.stream().limit(EXAMPLES).map(LeftOut::quoted).collect(Collectors.joining(", "));
        return texts.size() > EXAMPLES ? shown + " and " + (texts.size() - EXAMPLES) + " more" : shown;
    }

    private static String quoted(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        int cut = GraphemeClusters.boundaryAtOrBefore(oneLine, Math.min(EXAMPLE_LENGTH, oneLine.length()));
        return "\u201C" + oneLine.substring(0, cut) + (cut < oneLine.length() ? "\u2026" : "") + "\u201D";
    }
}
