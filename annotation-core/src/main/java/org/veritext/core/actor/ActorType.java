package org.veritext.core.actor;

/** What kind of actor: who can make a claim or be its subject. Stored by name. */
public enum ActorType {
    PERSON("Person"),
    ORGANISATION("Organisation"),
    COUNTRY("Country / government"),
    GROUP("Group"),
    MEDIA_OUTLET("Media outlet");

    private final String label;

    ActorType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
