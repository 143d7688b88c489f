package org.veritext.core.user;

import java.util.regex.Pattern;
import org.veritext.core.DomainException;
import org.veritext.core.text.FieldText;
import org.veritext.core.text.LengthLimit;

/** What makes a username, a display name and a password acceptable; one place for every way an account is made. */
final class AccountRules {

    static final int MIN_PASSWORD_LENGTH = 10;
    /** BCrypt reads only the first 72 bytes of a password: a longer one would be cut without the user knowing. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final LengthLimit DISPLAY_NAME = new LengthLimit("The display name", 200, "Shorten it.");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private AccountRules() {
    }

    static String username(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new DomainException("A username is 2 to 64 lower-case letters, digits, dots, dashes or underscores, "
                    + "starting with a letter or digit.");
        }
        return username;
    }

    static String displayName(String raw, String username) {
        String name = FieldText.optionalLine(raw, DISPLAY_NAME);
        return name.isEmpty() ? username : name;
    }

    /** Start-up accounts (the demo's, the first admin's random one) may be short; people choose long ones. */
    static String password(String raw, int minLength) {
        if (raw == null || raw.codePointCount(0, raw.length()) < minLength) {
            throw new DomainException("A password needs at least " + minLength + " characters.");
        }
        if (raw.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new DomainException("A password may be at most " + MAX_PASSWORD_BYTES
                    + " bytes long (about 72 letters, fewer with accents or other scripts).");
        }
        return raw;
    }
}
