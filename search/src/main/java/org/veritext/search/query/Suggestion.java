package org.veritext.search.query;

/**
 * A name offered while typing in the search box: an actor or an event, and how many claims the user may see that
 * link to it.
 */
public record Suggestion(Kind kind, String name, long claims) {

    public enum Kind {
        ACTOR("actor"), EVENT("event");

        private final String filter;

        Kind(String filter) {
            this.filter = filter;
        }

        /** The query filter that searches for this kind of name: {@code actor:} or {@code event:}. */
        public String filter() {
            return filter;
        }
    }

    /** The filter that finds the claims of this name, ready for the query box: {@code actor:"Volodymyr Zelenskyy"}. */
    public String asFilter() {
        return kind.filter() + ":\"" + name.replace("\"", "") + "\"";
    }
}
