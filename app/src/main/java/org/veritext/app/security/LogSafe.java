package org.veritext.app.security;

/** A value typed by a stranger, made safe for one log line: no line breaks or controls, and not too long. */
final class LogSafe {

    private static final int MAX_LENGTH = 64;

    private LogSafe() {
    }

    static String of(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.replaceAll("\\p{Cntrl}|\\p{Cf}", "?");
        return clean.length() <= MAX_LENGTH ? clean : clean.substring(0, MAX_LENGTH) + "\u2026";
    }
}
