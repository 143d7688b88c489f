package org.veritext.app.ui.common;

import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;

/**
 * Values from a browser event's {@code detail}, which anyone can forge from the developer console. Event classes take
 * their data as raw JSON and read it through here: a value of the wrong type ({@code "abc"}, {@code 1e20},
 * {@code 10.7}, {@code true}, {@code {}}) is simply absent, so the event is refused as a bad request instead of being
 * coerced (10.7 becoming 10) or failing inside Vaadin with a stack trace.
 */
public final class BrowserEventData {

    private BrowserEventData() {
    }

    /** A text offset: a JSON integer from 0 to {@link Integer#MAX_VALUE}, nothing else. */
    public static OptionalInt offset(JsonNode value) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            return OptionalInt.empty();
        }
        int offset = value.intValue();
        return offset >= 0 ? OptionalInt.of(offset) : OptionalInt.empty();
    }

    /** A JSON string, nothing else (not a number, not an object). */
    public static Optional<String> text(JsonNode value) {
        return value != null && value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
    }

    /** A short description of a refused value for the log: its JSON, cut to a readable length. */
    public static String describe(JsonNode value) {
        String json = value == null ? "nothing" : value.toString();
        return json.length() <= 40 ? json : json.substring(0, 40) + "\u2026";
    }
}
