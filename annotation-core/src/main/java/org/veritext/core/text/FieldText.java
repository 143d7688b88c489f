package org.veritext.core.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.veritext.core.DomainException;

/**
 * The checks every typed field goes through before it is stored: normalised like article text, refused (never cut)
 * when over its limit, and treated as empty when it shows nothing, so a field of only invisible characters is refused
 * as what it looks like.
 */
public final class FieldText {

    private FieldText() {
    }

    /** A one-line field that may be left empty (then ""). */
    public static String optionalLine(String raw, LengthLimit limit) {
        return visibleOrEmpty(TextNormaliser.normaliseLine(raw), limit);
    }

    /** A one-line field that must be filled in; {@code whenMissing} says what to do if it is not. */
    public static String requiredLine(String raw, LengthLimit limit, String whenMissing) {
        String line = optionalLine(raw, limit);
        if (line.isEmpty()) {
            throw new DomainException(whenMissing);
        }
        return line;
    }

    /** A field of one or more paragraphs (line breaks kept) that may be left empty (then ""). */
    public static String optionalText(String raw, LengthLimit limit) {
        return visibleOrEmpty(TextNormaliser.normalise(raw), limit);
    }

    /**
     * A web address, or "" if none is given. Only http and https: a {@code javascript:} or {@code file:} link must
     * never reach a page as a link.
     */
    public static String webAddress(String raw, LengthLimit limit) {
        String url = optionalLine(raw, limit);
        if (url.isEmpty()) {
            return url;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new DomainException(limit.subject() + " must be a web address starting with http:// or https://.");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new DomainException(limit.subject() + " is not a valid web address.");
        }
    }

    private static String visibleOrEmpty(String value, LengthLimit limit) {
        if (!value.isEmpty() && VisibleText.isEmpty(value)) {
            throw new DomainException(limit.subject() + " holds only invisible characters (spaces, zero-width or "
                    + "direction marks). Type it so that it can be read, or leave it empty.");
        }
        return limit.check(value);
    }
}
