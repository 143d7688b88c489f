package org.veritext.app.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veritext.core.claim.Verdict;
import org.veritext.core.review.ReviewState;
import org.veritext.search.query.ClaimHit;
import org.veritext.search.query.Snippet;

class ClaimsCsvTest {

    @Test
    void quotesEveryCellAndDoublesQuotes() {
        assertThat(ClaimsCsv.row(List.of("plain", "with, comma", "say \"no\"", "two\nlines", "")))
                .isEqualTo("\"plain\",\"with, comma\",\"say \"\"no\"\"\",\"two\nlines\",\"\"\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tstart", "\rstart"})
    void neutralisesCellsASpreadsheetWouldRunAsFormulas(String formula) {
        assertThat(ClaimsCsv.cell(formula)).startsWith("\"'" + formula.charAt(0));
    }

    @Test
    void leavesOrdinaryTextAndNumbersAlone() {
        assertThat(ClaimsCsv.cell("6,000 soldiers")).isEqualTo("\"6,000 soldiers\"");
        assertThat(ClaimsCsv.cell("a-b = c")).isEqualTo("\"a-b = c\"");
    }

    @Test
    void writesAHitWithLabelsNotConstantNames() throws IOException {
        UUID claim = UUID.randomUUID();
        UUID article = UUID.randomUUID();
        ClaimHit hit = new ClaimHit(claim, article, Snippet.plain("Talks"), "Harbour Herald", LocalDate.of(2025, 6, 2),
                Snippet.plain("=1+1 is three"), Snippet.plain(""), Verdict.MOSTLY_FALSE, ReviewState.APPROVED, null);
        StringWriter out = new StringWriter();

        ClaimsCsv.writeHeader(out);
        ClaimsCsv.write(out, hit);

        assertThat(out.toString()).isEqualTo(
                "\"claim_id\",\"article_id\",\"verdict\",\"review_state\",\"claimant\",\"quote\",\"restatement\","
                + "\"article_title\",\"publisher\",\"published_on\"\r\n"
                + "\"" + claim + "\",\"" + article + "\",\"Mostly false\",\"Approved\",\"\",\"'=1+1 is three\",\"\","
                + "\"Talks\",\"Harbour Herald\",\"2025-06-02\"\r\n");
    }
}
