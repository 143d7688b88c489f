package org.veritext.search.query;

import java.util.List;

/**
 * A piece of text cut into parts, some of them matches of the query. Views render each part as text (never as
 * HTML), marking the matches, so a claim's text cannot inject markup however it reads.
 */
public record Snippet(List<Part> parts) {

    public record Part(String text, boolean match) {
    }

    public static Snippet plain(String text) {
        return new Snippet(text == null || text.isEmpty() ? List.of() : List.of(new Part(text, false)));
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    public boolean hasMatch() {
        return parts.stream().anyMatch(Part::match);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }
}
