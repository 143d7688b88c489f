package org.veritext.core.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into text, refusing what is not text. Decoding is strict: a byte sequence that is not valid
 * in the encoding is an error, never a silent U+FFFD, because a fact-checker quotes this text.
 */
final class FileDecoder {

    private static final int SNIFF_LENGTH = 8192;
    private static final Pattern DECLARED_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private FileDecoder() {
    }

    /** Decodes UTF-8 (or UTF-16 with a byte-order mark). */
    static String decodeText(byte[] bytes) {
        refuseBinary(bytes);
        return utf16WithByteOrderMark(bytes).orElseGet(() -> decodeStrictly(bytes, StandardCharsets.UTF_8)
                .orElseThrow(() -> new ImportRejectedException(
                        "The file is not valid UTF-8 text. Save it as UTF-8 (\u201CUnicode\u201D) and try again.")));
    }

    /** Like {@link #decodeText}, but an HTML page may declare another encoding in a {@code <meta charset>}. */
    static String decodeHtml(byte[] bytes) {
        refuseBinary(bytes);
        Optional<String> text = utf16WithByteOrderMark(bytes).or(() -> decodeStrictly(bytes, StandardCharsets.UTF_8));
        if (text.isPresent()) {
            return text.get();
        }
        return declaredCharset(bytes)
                .filter(charset -> !charset.equals(StandardCharsets.UTF_8))
                .flatMap(charset -> decodeStrictly(bytes, charset))
                .orElseThrow(() -> new ImportRejectedException(
                        "The page is not valid UTF-8 and declares no other encoding that fits. Save it as UTF-8 and try again."));
    }

    private static void refuseBinary(byte[] bytes) {
        if (startsWith(bytes, "%PDF")) {
            throw new ImportRejectedException(
                    "PDF files cannot be imported yet. Copy the article's text and paste it, or save the page as HTML.");
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            throw new ImportRejectedException(
                    "This is a Word document or another zipped file. Save it as .txt or .html and import that.");
        }
        if (isUtf16(bytes)) {
            return;
        }
        for (int i = 0; i < Math.min(bytes.length, SNIFF_LENGTH); i++) {
            if (bytes[i] == 0) {
                throw new ImportRejectedException(
                        "This looks like a binary file, not text. Import a .txt, .md or .html file.");
            }
        }
    }

    private static Optional<String> utf16WithByteOrderMark(byte[] bytes) {
        if (!isUtf16(bytes)) {
            return Optional.empty();
        }
        Charset charset = (bytes[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        return Optional.of(decodeStrictly(Arrays.copyOfRange(bytes, 2, bytes.length), charset)
                .orElseThrow(() -> new ImportRejectedException("The file says it is UTF-16 but is not valid UTF-16.")));
    }

    private static boolean isUtf16(byte[] bytes) {
        return bytes.length >= 2
                && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
    }

    private static Optional<String> decodeStrictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_LENGTH), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_CHARSET.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(matcher.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, String asciiMagic) {
        byte[] magic = asciiMagic.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
