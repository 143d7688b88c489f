package org.veritext.core.article;

import org.veritext.core.text.LengthLimit;

/**
 * How long each field of an article may be, once normalised; each matches its database column. Public so that the
 * import form can warn while the user is still typing, with the same words as the refusal on saving.
 */
public final class ArticleLimits {

    /** About what a 5 MB upload can hold. */
    public static final LengthLimit TEXT = new LengthLimit("The text", 5_000_000,
            "Import the article in parts, or leave out what is not the article.");
    public static final LengthLimit TITLE = new LengthLimit("The title", 500, "Shorten it.");
    public static final LengthLimit SOURCE_URL = new LengthLimit("The source address", 2000,
            "Use the article's plain address, without tracking parameters.");
    public static final LengthLimit PUBLISHER = new LengthLimit("The publisher's name", 300, "Shorten it.");
    /** RFC 5646 says 35 characters hold every language tag but those with private-use parts. */
    public static final LengthLimit LANGUAGE = new LengthLimit("The language code", 35,
            "Use a shorter code, such as en, tr or pt-BR.");

    private ArticleLimits() {
    }
}
