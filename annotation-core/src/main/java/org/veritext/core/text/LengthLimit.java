package org.veritext.core.text;

import java.util.Locale;
import java.util.Optional;
import org.veritext.core.DomainException;

/**
 * The most characters (UTF-16 code units, as Java and JavaScript count them) a field may hold once normalised, and
 * what to tell a fact-checker who gave more. A limit refuses; it never cuts: a text cut short, then stored for
 * good, would misquote the article without anyone noticing.
 *
 * @param subject what the field holds, as a sentence starts with it, e.g. "The title"
 * @param max     the most characters stored
 * @param advice  what to do about it, e.g. "Shorten it."
 */
public record LengthLimit(String subject, int max, String advice) {

    /** Why {@code value} (already normalised) is too long, naming the limit and its length; empty if it fits. */
    public Optional<String> problemWith(String value) {
        if (value == null || value.length() <= max) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ENGLISH, "%s is %,d characters long; Veritext takes at most %,d. %s",
                subject, value.length(), max, advice));
    }

    /** Returns {@code value} if it fits, or refuses it with {@link #problemWith}'s message. */
    public String check(String value) {
        problemWith(value).ifPresent(problem -> {
            throw new DomainException(problem);
        });
        return value;
    }
}
