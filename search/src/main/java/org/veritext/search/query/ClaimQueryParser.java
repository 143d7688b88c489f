package org.veritext.search.query;

import static org.veritext.search.index.ClaimFields.ACTOR;
import static org.veritext.search.index.ClaimFields.ARTICLE_TITLE;
import static org.veritext.search.index.ClaimFields.CLAIMANT;
import static org.veritext.search.index.ClaimFields.CREATED_BY;
import static org.veritext.search.index.ClaimFields.EVENT;
import static org.veritext.search.index.ClaimFields.MENTIONED;
import static org.veritext.search.index.ClaimFields.PUBLISHED_DAY;
import static org.veritext.search.index.ClaimFields.PUBLISHER;
import static org.veritext.search.index.ClaimFields.QUOTE;
import static org.veritext.search.index.ClaimFields.RATIONALE;
import static org.veritext.search.index.ClaimFields.RESTATEMENT;
import static org.veritext.search.index.ClaimFields.REVIEW_STATE;
import static org.veritext.search.index.ClaimFields.SUBJECT;
import static org.veritext.search.index.ClaimFields.TAG;
import static org.veritext.search.index.ClaimFields.VERDICT;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.veritext.core.claim.Verdict;
import org.veritext.core.review.ReviewState;
import org.veritext.search.index.ClaimFields;
import org.veritext.search.index.Numbers;

/**
 * The search syntax: Lucene's simple syntax for words ({@code "phrases"}, {@code -exclusion}, {@code a | b},
 * {@code prefix*}, {@code fuzzy~}) plus field filters — {@code actor:}, {@code claimant:}, {@code subject:},
 * {@code mentioned:}, {@code event:}, {@code publisher:}, {@code creator:} (a word or a "quoted name"),
 * {@code verdict:false}, {@code state:approved}, and {@code date:2024}, {@code date:2024-03},
 * {@code date:2024-01-01..2024-06-30} (either end may be left open) on the article's publication day. A filter
 * preceded by {@code -} excludes.
 *
 * <p>It never fails. A query it cannot read as meant — an unknown verdict or state, a date that is no date, an
 * unbalanced quote or bracket — is searched as plain words instead, and {@link Parsed#plainWords()} says so.
 */
final class ClaimQueryParser {

    static final Map<String, Float> FIELD_WEIGHTS = Map.of(QUOTE, 2f, RESTATEMENT, 1.5f, ACTOR, 1.5f,
            EVENT, 1.2f, ARTICLE_TITLE, 1f, TAG, 1f, RATIONALE, 0.7f, PUBLISHER, 0.5f);
    private static final Pattern FILTER = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(-?)(actor|claimant|subject|mentioned|event|publisher|creator|verdict|state|date):"
                    + "(\"[^\"]*\"|[^\\s\"()]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_RANGE = Pattern.compile("([^.]*)\\.\\.([^.]*)");
    /** Everything the simple syntax treats as an operator: removed when the query is searched as plain words. */
    private static final Pattern OPERATORS = Pattern.compile("[\"()|+\\-*~\\\\:]");

    private final Analyzer analyzer;
    private final Map<String, Float> weights;

    ClaimQueryParser(Analyzer analyzer) {
        this(analyzer, FIELD_WEIGHTS);
    }

    /** @param weights the fields words are searched in, and how much a match in each counts */
    ClaimQueryParser(Analyzer analyzer, Map<String, Float> weights) {
        this.analyzer = analyzer;
        this.weights = Map.copyOf(weights);
    }

    /**
     * What a query text is searched as.
     *
     * @param query      the words and the filters, or a match-all query for none
     * @param plainWords true if the text could not be read as meant and was searched as plain words
     * @param matchAll   true if nothing was asked (no words, no filter): the newest claims are listed
     */
    record Parsed(Query query, boolean plainWords, boolean matchAll) {
    }

    Parsed parse(String text) {
        try {
            return parseAsMeant(text);
        } catch (Malformed | RuntimeException e) {
            String words = OPERATORS.matcher(text).replaceAll(" ").strip();
            Query query = words.isEmpty() ? new MatchNoDocsQuery("nothing searchable") : words(words);
            return new Parsed(query == null ? new MatchNoDocsQuery("no searchable word") : query, true, false);
        }
    }

    private Parsed parseAsMeant(String text) throws Malformed {
        List<BooleanClause> filters = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher matcher = FILTER.matcher(text);
        int last = 0;
        while (matcher.find()) {
            rest.append(text, last, matcher.start()).append(' ');
            last = matcher.end();
            String value = matcher.group(3);
            if (value.startsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.isBlank()) {
                throw new Malformed();
            }
            Query filter = filter(matcher.group(2).toLowerCase(Locale.ROOT), value.strip());
            filters.add(new BooleanClause(filter,
                    matcher.group(1).isEmpty() ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST_NOT));
        }
        rest.append(text.substring(last));
        String words = rest.toString().strip();
        if (!balanced(words)) {
            throw new Malformed();
        }
        Query wordQuery = words.isEmpty() ? null : words(words);
        if (wordQuery == null && filters.isEmpty()) {
            return new Parsed(words.isEmpty() ? new MatchAllDocsQuery() : new MatchNoDocsQuery("no searchable word"),
                    false, words.isEmpty());
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(wordQuery != null ? wordQuery : new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        filters.forEach(query::add);
        return new Parsed(query.build(), false, wordQuery == null);
    }

    /** The words in the simple syntax, numbers written one way; null if nothing searchable is left. */
    private Query words(String text) {
        SimpleQueryParser parser = new UnstemmedExpansionParser(analyzer, weights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(Numbers.joinDigitGroups(text));
    }

    private Query filter(String name, String value) throws Malformed {
        return switch (name) {
            case "actor" -> phrase(ACTOR, value);
            case "claimant" -> phrase(CLAIMANT, value);
            case "subject" -> phrase(SUBJECT, value);
            case "mentioned" -> phrase(MENTIONED, value);
            case "event" -> phrase(EVENT, value);
            case "publisher" -> phrase(PUBLISHER, value);
            case "creator" -> new TermQuery(new Term(CREATED_BY, value));
            case "verdict" -> new TermQuery(new Term(VERDICT, constant(Verdict.class, value).name()));
            case "state" -> new TermQuery(new Term(REVIEW_STATE, constant(ReviewState.class, value).name()));
            case "date" -> dateRange(value);
            default -> throw new Malformed();
        };
    }

    private Query phrase(String field, String value) throws Malformed {
        Query phrase = new QueryBuilder(analyzer).createPhraseQuery(field, Numbers.joinDigitGroups(value));
        if (phrase == null) {
            throw new Malformed(); // only stop words or punctuation
        }
        return phrase;
    }

    /** "false", "mostly-false", "Mostly false" and "MOSTLY_FALSE" all name the same verdict. */
    static <E extends Enum<E>> E constant(Class<E> type, String value) throws Malformed {
        String name = value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
                .orElseThrow(Malformed::new);
    }

    private static Query dateRange(String value) throws Malformed {
        Matcher range = DATE_RANGE.matcher(value);
        long from;
        long to;
        if (range.matches()) {
            from = range.group(1).isBlank() ? Long.MIN_VALUE : firstDay(range.group(1));
            to = range.group(2).isBlank() ? Long.MAX_VALUE : lastDay(range.group(2));
            if (from == Long.MIN_VALUE && to == Long.MAX_VALUE) {
                throw new Malformed();
            }
        } else {
            from = firstDay(value);
            to = lastDay(value);
        }
        return LongPoint.newRangeQuery(PUBLISHED_DAY, from, to);
    }

    private static long firstDay(String text) throws Malformed {
        return period(text.strip())[0].toEpochDay();
    }

    private static long lastDay(String text) throws Malformed {
        return period(text.strip())[1].toEpochDay();
    }

    /** The first and last day of a year ("2024"), a month ("2024-03") or a day ("2024-03-05"). */
    private static LocalDate[] period(String text) throws Malformed {
        try {
            if (text.matches("\\d{4}")) {
                int year = Integer.parseInt(text);
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(text);
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            LocalDate day = LocalDate.parse(text);
            return new LocalDate[] {day, day};
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new Malformed();
        }
    }

    /** Quotes paired, brackets closed in order. */
    static boolean balanced(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth < 0) {
                return false;
            }
        }
        return !quoted && depth == 0;
    }

    /** A query the syntax cannot read as meant. */
    static final class Malformed extends Exception {
        Malformed() {
            super(null, null, false, false);
        }
    }

    /**
     * Prefix and fuzzy words are matched against the unstemmed twins of the fields: "earni*" must meet "earnings",
     * not the stem "earn".
     */
    private static final class UnstemmedExpansionParser extends SimpleQueryParser {

        UnstemmedExpansionParser(Analyzer analyzer, Map<String, Float> weights) {
            super(analyzer, weights);
        }

        @Override
        protected Query newFuzzyQuery(String text, int fuzziness) {
            return eachField(field -> new FuzzyQuery(new Term(field, normalized(field, text)), fuzziness));
        }

        @Override
        protected Query newPrefixQuery(String text) {
            return eachField(field -> new PrefixQuery(new Term(field, normalized(field, text))));
        }

        private BytesRef normalized(String field, String text) {
            return getAnalyzer().normalize(field, text);
        }

        private Query eachField(java.util.function.Function<String, Query> perField) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            for (Map.Entry<String, Float> weight : weights.entrySet()) {
                Query query = perField.apply(ClaimFields.unstemmed(weight.getKey()));
                if (weight.getValue() != 1f) {
                    query = new BoostQuery(query, weight.getValue());
                }
                either.add(query, BooleanClause.Occur.SHOULD);
            }
            return simplify(either.build());
        }
    }

    static Optional<String> plainWordsNotice(boolean plainWords) {
        return plainWords
                ? Optional.of("Your search could not be read as written (an unknown filter value, a date that is "
                        + "no date, or an unbalanced quote or bracket), so it was searched as plain words.")
                : Optional.empty();
    }
}
