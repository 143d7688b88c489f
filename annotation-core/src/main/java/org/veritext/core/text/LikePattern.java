package org.veritext.core.text;

import java.util.Locale;

/** A user's filter text as a SQL {@code LIKE} pattern, with {@code \} as escape: wildcards typed are literal. */
public final class LikePattern {

    private LikePattern() {
    }

    /** Matches lower-cased values containing {@code filter} (blank matches everything). */
    public static String contains(String filter) {
        String plain = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
