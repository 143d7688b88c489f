package org.veritext.core.discussion;

import org.veritext.core.text.LengthLimit;

/** How long a comment may be. */
public final class CommentLimits {

    public static final LengthLimit BODY = new LengthLimit("The comment", 5000,
            "Shorten it, or say the rest in a second comment.");

    private CommentLimits() {
    }
}
