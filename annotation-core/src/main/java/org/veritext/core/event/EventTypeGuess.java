package org.veritext.core.event;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A first guess of an event's kind from words of its title, so that "Istanbul prisoner exchange" is not filed as
 * talks because talks come first in the list. Only a default: the form shows it and the fact-checker can change it.
 */
public final class EventTypeGuess {

    // Checked in this order: "ceasefire talks" are talks, "election debate" is an election.
    private static final List<Map.Entry<EventType, List<String>>> STEMS = List.of(
            Map.entry(EventType.ELECTION, List.of("election", "vote", "voting", "referendum", "ballot")),
            Map.entry(EventType.TALKS, List.of("talk", "negotiat", "summit", "meeting", "conference", "dialogue")),
            Map.entry(EventType.EXCHANGE, List.of("exchange", "swap", "agreement", "deal", "treaty", "accord",
                    "ceasefire", "truce", "release")),
            Map.entry(EventType.MILITARY_ACTION, List.of("strike", "attack", "offensive", "shelling", "bombing",
                    "invasion", "raid", "battle", "siege", "drone", "missile")),
            Map.entry(EventType.STATEMENT, List.of("speech", "statement", "address", "interview", "announcement",
                    "press conference", "declaration")));

    private EventTypeGuess() {
    }

    /** The kind the title's words suggest, or {@link EventType#OTHER} when none does. */
    public static EventType of(String title) {
        if (title == null || title.isBlank()) {
            return EventType.OTHER;
        }
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String[] words = folded.split("[^\\p{L}\\p{N}]+");
        for (Map.Entry<EventType, List<String>> kind : STEMS) {
            for (String word : words) {
                for (String stem : kind.getValue()) {
                    if (!word.isEmpty() && word.startsWith(stem)) {
                        return kind.getKey();
                    }
                }
            }
        }
        return EventType.OTHER;
    }
}
