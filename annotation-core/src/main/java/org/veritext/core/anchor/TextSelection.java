package org.veritext.core.anchor;

/**
 * What the browser says the user selected: UTF-16 offsets into the article text and the text between them. The
 * server never trusts it; {@link TextAnchor#select} checks it against the stored text.
 */
public record TextSelection(int start, int end, String quote) {
}
