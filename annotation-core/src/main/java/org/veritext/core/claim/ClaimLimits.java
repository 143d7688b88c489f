package org.veritext.core.claim;

import org.veritext.core.text.LengthLimit;

/**
 * How long each field of a claim may be, once normalised; each matches its database column. Public so that the
 * claim editor can warn while the user is still typing, with the same words as the refusal on saving.
 */
public final class ClaimLimits {

    public static final LengthLimit RESTATEMENT = new LengthLimit("The restatement", 2000,
            "Make it one checkable sentence.");
    public static final LengthLimit RATIONALE = new LengthLimit("The rationale", 5000,
            "Summarise it here and put the long version into a linked source.");
    public static final LengthLimit EVIDENCE_URL = new LengthLimit("A source address", 2000,
            "Use the page's plain address, without tracking parameters.");
    public static final LengthLimit EVIDENCE_NOTE = new LengthLimit("A source's note", 1000, "Shorten it.");
    public static final LengthLimit TAG = new LengthLimit("A tag", 60, "Use a word or two.");
    public static final int MAX_EVIDENCE = 30;
    public static final int MAX_TAGS = 30;

    private ClaimLimits() {
    }
}
