package org.veritext.core.discussion;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The usernames written as {@code @username} in a comment, as typed (e-mail addresses are not mentions). */
final class MentionedUsers {

    /** Usernames as accounts allow them; the @ must not follow a letter or digit (an e-mail address). */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._-])@([a-z0-9][a-z0-9._-]{1,63})");

    private MentionedUsers() {
    }

    static Set<String> in(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find()) {
            // A sentence may end right after the name: "ask @rui." names rui.
            names.add(matcher.group(1).replaceAll("[._-]+$", ""));
        }
        return names;
    }
}
