package org.veritext.core.changes;

/** What a change is about. */
public enum SubjectType {
    ARTICLE,
    CLAIM,
    ACTOR,
    EVENT,
    MENTION,
    COMMENT,
    USER,
    PROJECT
}
