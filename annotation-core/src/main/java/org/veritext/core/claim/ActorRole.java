package org.veritext.core.claim;

/** How an actor is linked to a claim. Stored by name. */
public enum ActorRole {
    CLAIMANT("Claimant", "who made the claim"),
    SUBJECT("Subject", "whom the claim is about"),
    MENTIONED("Mentioned", "named in the claim");

    private final String label;
    private final String meaning;

    ActorRole(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
