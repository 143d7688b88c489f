package org.veritext.core.actor;

/** What kind of actor a claim can be linked to: who speaks, acts or is spoken of. */
public enum ActorType {

    PERSON("Person"),
    ORGANISATION("Organisation"),
    /** A country or its government: "Ukraine", "Moscow says…", "the Turkish government". */
    COUNTRY("Country / government"),
    /** A group that is not a formal organisation: a militia, a movement, a unit, "war bloggers". */
    GROUP("Group"),
    MEDIA_OUTLET("Media outlet");

    private final String label;

    ActorType(String label) {
        this.label = label;
    }

    /** The name shown to a fact-checker. */
    public String label() {
        return label;
    }
}
