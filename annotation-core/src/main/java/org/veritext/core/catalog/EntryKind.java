package org.veritext.core.catalog;

/** What a catalog entry is: the things claims link to and mentions name. */
public enum EntryKind {
    ACTOR,
    EVENT
}
