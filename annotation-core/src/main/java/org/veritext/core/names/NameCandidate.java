package org.veritext.core.names;

import org.veritext.core.actor.ActorType;

/**
 * A name in a text that the catalog does not know yet, with a guess at what it names.
 *
 * @param start       UTF-16 offset of the name's first character
 * @param end         UTF-16 offset after its last character (exclusive); a possessive "'s" is left out
 * @param name        the name as written
 * @param guessedType the kind of actor it probably is, or null when nothing in or around it says
 * @param cue         what suggested the type, as a fact-checker would read it ("President", "Ministry",
 *                    "country", "news agency", "same as “Rustem Umerov”"), or null with no type
 */
public record NameCandidate(int start, int end, String name, ActorType guessedType, String cue) {
}
