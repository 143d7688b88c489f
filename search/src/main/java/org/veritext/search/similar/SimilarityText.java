package org.veritext.search.similar;

import java.util.regex.Pattern;
import org.veritext.core.claim.ClaimDigest;

/**
 * The text whose meaning is compared: for a claim in the index, and for what the user is typing. Web addresses are
 * left out (they say nothing of the meaning and only take the model's attention), white space is collapsed, and the
 * text is cut at {@value #MAX_CHARACTERS} characters, before a word: the model reads about 256 word pieces well, and
 * a longer text would only cost time.
 */
public enum SimilarityText {

    /** The quote as it stands in the article. */
    QUOTE,
    /** The fact-checker's restatement, or the quote while there is none. */
    RESTATEMENT_OR_QUOTE,
    /** The quote, then the restatement (if any, and if it says something else). */
    QUOTE_AND_RESTATEMENT;

    /** What the index keeps a vector of; chosen by measuring on the CheckThat! 2020 training split. */
    public static final SimilarityText DEFAULT = QUOTE_AND_RESTATEMENT;
    static final int MAX_CHARACTERS = 1_000;
    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.|pic\\.twitter\\.com/)\\S*");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /** The text of {@code claim} whose meaning is kept in the index; empty if there is none. */
    public String of(ClaimDigest claim) {
        String quote = claim.quote() == null ? "" : claim.quote().strip();
        String restatement = claim.restatement() == null ? "" : claim.restatement().strip();
        String text = switch (this) {
            case QUOTE -> quote;
            case RESTATEMENT_OR_QUOTE -> restatement.isEmpty() ? quote : restatement;
            case QUOTE_AND_RESTATEMENT -> restatement.isEmpty() || restatement.equalsIgnoreCase(quote)
                    ? quote : quote + "\n" + restatement;
        };
        return clean(text);
    }

    /** {@code text} without web addresses and runs of blanks, at most {@value #MAX_CHARACTERS} characters. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        // A pasted book costs no more than a long paragraph: only its start can count anyway.
        String start = text.length() <= 20 * MAX_CHARACTERS ? text : text.substring(0, 20 * MAX_CHARACTERS);
        String cleaned = BLANKS.matcher(WEB_ADDRESS.matcher(start).replaceAll(" ")).replaceAll(" ").strip();
        if (cleaned.length() <= MAX_CHARACTERS) {
            return cleaned;
        }
        int end = MAX_CHARACTERS;
        if (Character.isLowSurrogate(cleaned.charAt(end))) {
            end--;
        }
        int lastBlank = cleaned.lastIndexOf(' ', end);
        return cleaned.substring(0, lastBlank > MAX_CHARACTERS / 2 ? lastBlank : end).strip();
    }
}
