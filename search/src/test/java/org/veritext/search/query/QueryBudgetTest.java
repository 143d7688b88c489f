package org.veritext.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.veritext.search.index.ClaimAnalyzer;

/**
 * The budget on Lucene queries, without Spring or a database: an index holding every three-letter word (so that a
 * prefix or a fuzzy word matches hundreds of terms), queries parsed as {@link ClaimSearch} parses them (each word
 * in four fields) or built by hand, as another parser would. Asserts the executed query's shape and the exact
 * notices.
 */
class QueryBudgetTest {

    private static final Map<String, Float> FOUR_FIELDS =
            Map.of("quote", 2f, "restatement", 1.5f, "article_title", 1f, "publisher", 0.5f);
    private static final Analyzer ANALYZER = new ClaimAnalyzer();
    private static final QueryBudget BUDGET = new QueryBudget(QueryLimits.DEFAULT);
    private static final int CLAUSES = QueryLimits.DEFAULT.clauses();

    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void indexEveryThreeLetterWord() throws IOException {
        directory = new ByteBuffersDirectory();
        List<String> words = new ArrayList<>();
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                for (char c = 'a'; c <= 'z'; c++) {
                    words.add("" + a + b + c);
                }
            }
        }
        Collections.shuffle(words, new Random(7));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
            for (int from = 0; from < words.size(); from += 400) {
                String text = String.join(" ", words.subList(from, Math.min(from + 400, words.size())));
                Document document = new Document();
                document.add(new TextField("quote", text, Field.Store.NO));
                document.add(new TextField("restatement", text, Field.Store.NO));
                document.add(new TextField("article_title", "Talks in Istanbul", Field.Store.NO));
                document.add(new TextField("publisher", "Harbour Herald", Field.Store.NO));
                writer.addDocument(document);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void searchesOnlyTheFirstFiveFuzzyWordsFuzzilyAndSaysSo() throws IOException {
        BudgetedSearch search = budgeted(String.join("|", Collections.nCopies(8, "the~2|a~2|of~2")));

        // 19 plain words in four fields leave (1,000 - 76) / 20 = 46 terms for each of the 5 × 4 fuzzy ones.
        assertThat(search.notices()).containsExactly(
                "Your search had 24 fuzzy words; only the first 5 were searched fuzzily, the others as plain words.",
                "\u201Cthe~2\u201D, \u201Ca~2\u201D and \u201Cof~2\u201D are each close to more than 46 words; "
                        + "only the 46 closest to each were searched.");
        assertWithinBudget(search.query());
        assertThat(termsOf(search.query(), "quote")).hasSizeLessThanOrEqualTo(3 * 46 + 3);
    }

    @Test
    void aHundredFuzzyCopiesOfOneWordAreBoundedToo() throws IOException {
        BudgetedSearch search = budgeted("ab~2 ".repeat(100));

        assertThat(search.notices()).containsExactly(
                "Your search had 100 fuzzy words; only the first 5 were searched fuzzily, the others as plain words.",
                "\u201Cab~2\u201D is close to more than 31 words; only the 31 closest were searched.");
        assertWithinBudget(search.query());
    }

    @Test
    void tenDifferentFuzzyWordsKeepTheFirstFive() throws IOException {
        BudgetedSearch search = budgeted("ab~2 cd~2 ef~2 gh~2 ij~2 kl~2 mn~2 op~2 qr~2 st~2");

        assertThat(search.notices()).containsExactly(
                "Your search had 10 fuzzy words; only the first 5 were searched fuzzily, the others as plain words.",
                "\u201Cab~2\u201D, \u201Ccd~2\u201D, \u201Cef~2\u201D, \u201Cgh~2\u201D and \u201Cij~2\u201D are each "
                        + "close to more than 49 words; only the 49 closest to each were searched.");
        assertWithinBudget(search.query());
        assertThat(termsOf(search.query(), "quote")).contains("kl", "st").doesNotContain("klm");
    }

    @Test
    void capsWordsEndingInAStarAndSearchesTheOthersAsPlainWords() throws IOException {
        BudgetedSearch search = budgeted(String.join("|", Collections.nCopies(120, "a*|b*")));

        // 235 plain words in four fields leave (1,000 - 940) / 20 = 3 terms for each prefix.
        assertThat(search.notices()).containsExactly(
                "Your search had 240 words ending in *; only the first 5 were searched as beginnings of words, "
                        + "the others as plain words.",
                "\u201Ca*\u201D and \u201Cb*\u201D each match more than 3 words; only the first 3 of each, in "
                        + "alphabetical order, were searched.");
        assertWithinBudget(search.query());
        Set<String> expected = new TreeSet<>(Set.of("a", "b")); // the plain words
        expected.addAll(firstIndexTerms("quote", "a", 3));
        expected.addAll(firstIndexTerms("quote", "b", 3));
        assertThat(termsOf(search.query(), "quote")).isEqualTo(expected);
    }

    @Test
    void aHundredPrefixesExpandTheFirstFiveWithinTheBudget() throws IOException {
        BudgetedSearch search = budgeted("a* ".repeat(100));

        assertThat(search.notices()).containsExactly(
                "Your search had 100 words ending in *; only the first 5 were searched as beginnings of words, "
                        + "the others as plain words.",
                "\u201Ca*\u201D matches more than 31 words; only the first 31 in alphabetical order were searched.");
        assertWithinBudget(search.query());
    }

    @Test
    void aPrefixWithFewWordsIsSearchedWholeAndWithoutNotice() throws IOException {
        BudgetedSearch search = budgeted("ab*");

        assertThat(search.notices()).isEmpty();
        assertThat(termsOf(search.query(), "quote")).contains("aba", "abz").hasSizeLessThanOrEqualTo(26);
    }

    @Test
    void keepsTheFirstWordsOfAQueryWithMoreWordsThanClauses() throws IOException {
        StringBuilder ideographs = new StringBuilder();
        for (int i = 0; i < 330; i++) {
            ideographs.appendCodePoint(0x4E00 + i * 7); // one word each, in each of four fields
        }

        BudgetedSearch search = budgeted(ideographs.toString());

        assertThat(search.notices()).containsExactly(
                "Your search had too many words to search at once; only the first 250 were searched.");
        assertThat(QueryTree.clauses(search.query(), 1)).isEqualTo(CLAUSES);
        assertThat(termsOf(search.query(), "quote")).contains(new String(Character.toChars(0x4E00 + 249 * 7)))
                .doesNotContain(new String(Character.toChars(0x4E00 + 250 * 7)));
    }

    @Test
    void aQueryThatFitsIsSearchedAsItIsWithoutNotice() throws IOException {
        BudgetedSearch search = budgeted("\"talks in istanbul\" -herald | abc");

        assertThat(search.notices()).isEmpty();
        assertThat(search.query()).isEqualTo(new IndexSearcher(reader).rewrite(
                parse("\"talks in istanbul\" -herald | abc")));
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void answersEveryHostileQueryWithinTheBudget(String hostile) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            BudgetedSearch search = budgeted(hostile);
            search.searcher().count(search.query());
            search.searcher().search(search.query(), 50);
            assertWithinBudget(search.query());
        });
    }

    static List<String> hostileQueries() {
        return List.of("*", "\"unclosed phrase", "(".repeat(500), ")".repeat(500),
                "(".repeat(200) + "abc def" + ")".repeat(200), "a* ".repeat(100), "\"".repeat(499),
                "-a* -b* -c* -d* -e* -f* -g* -h*", "~2 ".repeat(100), "a~2~2~2", "x ".repeat(250));
    }

    @Test
    void boundsQueriesOfAnotherParserToo() throws IOException {
        BooleanQuery.Builder patterns = new BooleanQuery.Builder();
        for (int i = 0; i < 8; i++) {
            patterns.add(new WildcardQuery(new Term("quote", "a?" + (char) ('a' + i))), BooleanClause.Occur.SHOULD);
        }
        Query query = new DisjunctionMaxQuery(List.of(patterns.build(),
                new RegexpQuery(new Term("restatement", "[a-z]{3}")),
                new FuzzyQuery(new Term("quote", "zzz"), 2)), 0.1f);

        BudgetedSearch search = BUDGET.apply(reader, query);

        assertThat(search.notices()).containsExactly(
                "\u201Czzz~2\u201D is close to more than 50 words; only the 50 closest were searched.",
                "Your search had 8 patterns; only the first 5 were searched, the others were left out.",
                "\u201C/[a-z]{3}/\u201D matches more than 50 words; only 50 of them were searched.");
        assertWithinBudget(search.query());
        assertThat(termsOf(search.query(), "quote")).contains("aaa", "aae").doesNotContain("aaf", "aah");
    }

    @Test
    void saysSoInsteadOfFailingWhenLuceneStillRefusesAQueryItCannotSeeInto() throws IOException {
        Query opaque = new Opaque(new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term("quote", "a"), MultiTermQuery.SCORING_BOOLEAN_REWRITE), Occur.SHOULD)
                .add(new PrefixQuery(new Term("quote", "b"), MultiTermQuery.SCORING_BOOLEAN_REWRITE), Occur.SHOULD)
                .build());

        BudgetedSearch search = BUDGET.apply(reader, opaque);

        assertThat(search.notices()).containsExactly(
                "Your search was too complex to run; nothing was searched. Try fewer words.");
        assertThat(search.searcher().count(search.query())).isZero();
    }

    @Test
    void stopsASearchAtTheTimeLimitAndSaysSo() throws IOException {
        QueryBudget noTime = new QueryBudget(new QueryLimits(5, 50, 1_000, Duration.ZERO));
        BudgetedSearch search = noTime.apply(reader, parse("abc | abd | abe"));

        assertThatCode(() -> search.searcher().search(search.query(), 10)).doesNotThrowAnyException();

        assertThat(search.cutShort()).isTrue();
        assertThat(search.notices()).containsExactly(
                "The search took longer than 0 seconds and was stopped; only what it had found by then is shown.");
    }

    @Test
    void saysNothingOfTimeWhenTheSearchFinishedInTime() throws IOException {
        BudgetedSearch search = budgeted("abc | abd | abe");

        assertThat(search.searcher().search(search.query(), 10).totalHits.value())
                .isEqualTo(new IndexSearcher(reader).count(parse("abc | abd | abe")));
        assertThat(search.cutShort()).isFalse();
        assertThat(search.notices()).isEmpty();
    }

    @Test
    void theSmallerOfOurLimitAndLucenesApplies() throws IOException {
        QueryBudget generous = new QueryBudget(new QueryLimits(5, 50, 100_000, Duration.ofSeconds(2)));

        StringBuilder ideographs = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            ideographs.appendCodePoint(0x4E00 + i);
        }

        BudgetedSearch search = generous.apply(reader, parse(ideographs.toString()));

        assertThat(IndexSearcher.getMaxClauseCount()).isEqualTo(1024);
        assertThat(QueryTree.clauses(search.query(), 1)).isEqualTo(1024);
        assertThat(search.notices()).containsExactly(
                "Your search had too many words to search at once; only the first 256 were searched.");
    }

    private static BudgetedSearch budgeted(String typed) throws IOException {
        return BUDGET.apply(reader, parse(typed));
    }

    private static Query parse(String typed) {
        SimpleQueryParser parser = new SimpleQueryParser(ANALYZER, FOUR_FIELDS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(typed);
    }

    /** Primitive queries only (no fuzzy, prefix or pattern left to expand), and no more clauses than allowed. */
    private static void assertWithinBudget(Query executed) {
        List<Query> expanding = new ArrayList<>();
        executed.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                expanding.add(query);
            }
        });
        assertThat(expanding).as("multi-term queries left in %s", executed).isEmpty();
        assertThat(QueryTree.clauses(executed, 1)).isLessThanOrEqualTo(CLAUSES);
        assertThat(QueryTree.terms(executed)).isLessThanOrEqualTo(CLAUSES);
    }

    /** A query whose parts the budget cannot see: it counts as one clause until Lucene rewrites it. */
    private static final class Opaque extends Query {

        private final Query inside;

        Opaque(Query inside) {
            this.inside = inside;
        }

        @Override
        public Query rewrite(IndexSearcher searcher) {
            return inside;
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public String toString(String field) {
            return "opaque(" + inside.toString(field) + ")";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Opaque opaque && opaque.inside.equals(inside);
        }

        @Override
        public int hashCode() {
            return inside.hashCode();
        }
    }

    private static List<String> firstIndexTerms(String field, String prefix, int count) throws IOException {
        List<String> first = new ArrayList<>();
        TermsEnum terms = MultiTerms.getTerms(reader, field).iterator();
        if (terms.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
            return first;
        }
        for (BytesRef term = terms.term(); term != null && first.size() < count; term = terms.next()) {
            if (!term.utf8ToString().startsWith(prefix)) {
                break;
            }
            first.add(term.utf8ToString());
        }
        return first;
    }

    private static Set<String> termsOf(Query query, String field) {
        Set<String> terms = new TreeSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(Query query, Term... found) {
                for (Term term : found) {
                    if (term.field().equals(field)) {
                        terms.add(term.text());
                    }
                }
            }
        });
        return terms;
    }
}
