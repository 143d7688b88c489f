package org.veritext.app.ui.admin;

import java.security.SecureRandom;

/**
 * A random first password for an admin to hand over: long enough to be safe without rules about symbols, from
 * letters and digits that cannot be mistaken for one another when read out or copied by hand (no 0/O, 1/l/I).
 */
final class GeneratedPassword {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPassword() {
    }

    static String create() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
