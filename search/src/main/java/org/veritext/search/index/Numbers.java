package org.veritext.search.index;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * Numbers written with thousands separators ("6,000", "6 000", "6 000") and without ("6000") become one form, in
 * documents and in queries alike, so that each finds the others. A separator is dropped where a digit comes before
 * it and exactly three digits after it. The cost: "in 2019 300 people" reads as "2019300", a price worth paying for
 * figures, which fact-checkers search far more often.
 */
public final class Numbers {

    private static final Pattern DIGIT_GROUP_SEPARATOR =
            Pattern.compile("(?<=\\d)[,\\u00a0\\u202f\\u2009 ](?=\\d{3}(?!\\d))");

    private Numbers() {
    }

    /** The text with digit-group separators removed. */
    public static String joinDigitGroups(String text) {
        return DIGIT_GROUP_SEPARATOR.matcher(text).replaceAll("");
    }

    static Reader joiningDigitGroups(Reader reader) {
        return new PatternReplaceCharFilter(DIGIT_GROUP_SEPARATOR, "", reader);
    }
}
