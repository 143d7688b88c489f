package org.veritext.core.names;

/**
 * Who a sentence says is speaking ("…, Umerov said"), proposed as the claimant of a claim made from it.
 *
 * @param start UTF-16 offset of the speaker's name in the text
 * @param end   UTF-16 offset after it (exclusive)
 * @param name  the name as written
 */
public record Speaker(int start, int end, String name) {
}
