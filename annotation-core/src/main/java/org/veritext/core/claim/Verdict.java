package org.veritext.core.claim;

/** How true a claim is, on the scale fact-checkers publish. Stored by name. */
public enum Verdict {
    TRUE("True"),
    MOSTLY_TRUE("Mostly true"),
    MIXED("Mixed"),
    MISLEADING("Misleading"),
    MOSTLY_FALSE("Mostly false"),
    FALSE("False"),
    UNVERIFIABLE("Unverifiable"),
    NOT_YET_RATED("Not yet rated");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Any verdict but "not yet rated" says something about the claim, and must say why (a rationale). */
    public boolean isRated() {
        return this != NOT_YET_RATED;
    }
}
