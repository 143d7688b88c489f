package org.veritext.core.suggestion;

import java.util.List;
import org.veritext.core.actor.ActorType;
import org.veritext.core.anchor.TextSelection;
import org.veritext.core.catalog.CatalogEntry;

/**
 * Something the article view proposes, to be accepted or dismissed with one click or key.
 *
 * @param key        stable for the article: a dismissed suggestion stays dismissed under it
 * @param places     where in the text it applies (every occurrence of a name; the sentence of a claim)
 * @param label      what to show: the name, or the sentence
 * @param reason     why it is proposed, in a fact-checker's words
 * @param entry      the actor or event mentioned (mentions only)
 * @param actorType  the guessed kind of a new actor, or null (new actors only)
 * @param speaker    who the sentence says is speaking, proposed as claimant (claims only; may be null)
 */
public record Suggestion(String key, SuggestionKind kind, List<TextSelection> places, String label, String reason,
                         CatalogEntry entry, ActorType actorType, Speaker speaker, double score) {

    public Suggestion {
        places = List.copyOf(places);
    }

    /** The speaker of a check-worthy sentence: a known actor if the catalog has him, else just the name. */
    public record Speaker(String name, CatalogEntry knownActor) {
    }
}
