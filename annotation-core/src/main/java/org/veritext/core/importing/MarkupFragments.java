package org.veritext.core.importing;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Pieces of HTML that a broken or hostile page leaves in its text. An HTML parser, like a browser, turns
 * {@code <scr<script>ipt>alert(1)</scr</script>ipt>} into an element named {@code scr<script} holding the text
 * {@code ipt>alert(1)ipt>}, and {@code <<script>script>} into a lone {@code <} next to {@code script>}. None of that
 * is the article, and a fact-checker must never quote it as if it were.
 *
 * <p>The price: markup written on purpose as text ({@code &lt;b&gt;} in an article about HTML) is left out too. The
 * import says so, and the user can paste such a text instead.
 */
final class MarkupFragments {

    /** An element name as HTML and XML (Word's {@code o:p}) spell them; a parser keeps any other as it is. */
    private static final Pattern ELEMENT_NAME = Pattern.compile("[a-z][a-z0-9._:-]*");
    private static final Pattern TAG_NAME_LIKE = Pattern.compile("script|style", Pattern.CASE_INSENSITIVE);

    private static final Pattern FRAGMENT = Pattern.compile(
            // an end tag with a space, which a parser leaves as text: < /p>
            "<\\s+/[A-Za-z][A-Za-z0-9:-]*\\s*>"
            // a whole tag: <b>, </script>, <br/>, <img src=x onerror=…>
            + "|</?[A-Za-z][A-Za-z0-9:-]*(?:[\\s/][^<>]*)?>"
            // a tag's beginning, cut off: </scr, <script
            + "|</?[A-Za-z][A-Za-z0-9:-]*(?=[\\s<]|$)"
            // a tag's end, cut off: ipt>, /script>
            + "|(?<![\\p{L}\\p{N}])/?[A-Za-z][A-Za-z0-9-]*>");

    private MarkupFragments() {
    }

    /** True for an element whose name no valid tag has, such as {@code scr<script}: it came from broken markup. */
    static boolean isBroken(Element element) {
        return !ELEMENT_NAME.matcher(element.normalName()).matches();
    }

    /**
     * True if a broken element's name shows it was meant to hide a script or style: the text it starts is code, not
     * prose (in the example above, {@code ipt>alert(1)ipt>}).
     */
    static boolean hidesCode(Element broken) {
        return TAG_NAME_LIKE.matcher(broken.normalName()).find();
    }

    /** The paragraph without markup fragments; each one removed is handed to {@code leftOut}. */
    static String remove(String paragraph, Consumer<String> leftOut) {
        Matcher fragment = FRAGMENT.matcher(paragraph);
        if (!fragment.find()) {
            return paragraph;
        }
        StringBuilder kept = new StringBuilder(paragraph.length());
        int from = 0;
        do {
            leftOut.accept(fragment.group());
            kept.append(paragraph, from, fragment.start());
            from = fragment.end();
        } while (fragment.find());
        kept.append(paragraph, from, paragraph.length());
        return kept.toString().strip();
    }
}
