package org.veritext.core.suggestion;

/** What accepting a suggestion makes. The names are the end-to-end contract's {@code data-suggestion-kind}. */
public enum SuggestionKind {
    /** A known actor or event named in the text: accepted as mentions. */
    MENTION("mention"),
    /** A name not in the catalog yet: accepted as a new actor and its mentions. */
    NEW_ACTOR("new-actor"),
    /** A check-worthy sentence: accepted as a claim, with its speaker as claimant when known. */
    CLAIM("claim");

    private final String attribute;

    SuggestionKind(String attribute) {
        this.attribute = attribute;
    }

    /** How the browser names the kind ({@code data-suggestion-kind}). */
    public String attribute() {
        return attribute;
    }
}
