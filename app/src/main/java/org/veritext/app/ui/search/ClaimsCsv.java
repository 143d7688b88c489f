package org.veritext.app.ui.search;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.veritext.search.query.ClaimHit;

/**
 * Search results as CSV (RFC 4180): every cell quoted, quotes doubled, and a cell that a spreadsheet would take for a
 * formula (starting with {@code = + - @}, a tab or a carriage return) prefixed with an apostrophe, so that a claim's
 * words can never run as a formula on a colleague's machine.
 */
final class ClaimsCsv {

    static final List<String> HEADER = List.of("claim_id", "article_id", "verdict", "review_state", "claimant",
            "quote", "restatement", "article_title", "publisher", "published_on");

    private ClaimsCsv() {
    }

    static void writeHeader(Writer out) throws IOException {
        out.write(row(HEADER));
    }

    static void write(Writer out, ClaimHit hit) throws IOException {
        out.write(row(List.of(
                hit.claimId().toString(),
                hit.articleId().toString(),
                hit.verdict() == null ? "" : hit.verdict().label(),
                hit.reviewState() == null ? "" : hit.reviewState().label(),
                text(hit.claimant()),
                hit.quote().text(),
                hit.restatement().text(),
                hit.articleTitle().text(),
                text(hit.publisher()),
                hit.publishedOn() == null ? "" : hit.publishedOn().toString())));
    }

    static String row(List<String> cells) {
        return cells.stream().map(ClaimsCsv::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String cell(String value) {
        String text = text(value);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
