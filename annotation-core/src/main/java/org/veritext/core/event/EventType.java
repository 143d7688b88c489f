package org.veritext.core.event;

/** What kind of event a claim can be about. Stored by name. */
public enum EventType {
    TALKS("Talks / negotiation"),
    MILITARY_ACTION("Military action"),
    EXCHANGE("Exchange / agreement"),
    STATEMENT("Statement"),
    ELECTION("Election"),
    OTHER("Other");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
