package org.veritext.core.assignment;

/** What someone is asked to do with an article. Stored by name: never rename a constant. */
public enum Duty {
    ANNOTATE("Annotate"),
    REVIEW("Review");

    private final String label;

    Duty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
