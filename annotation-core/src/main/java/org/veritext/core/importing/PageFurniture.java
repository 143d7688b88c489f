package org.veritext.core.importing;

import java.util.regex.Pattern;

/**
 * The short lines a news page puts around and between the paragraphs of a story: the byline, the date line, and
 * labels such as "Related stories", "Read more", "Advertisement" or "Share". They are not the article, and a claim
 * must never be highlighted in them.
 *
 * <p>Only short lines (at most {@value #MAX_LENGTH} characters) are ever judged furniture, and only when the whole
 * line is a label, a date or a byline: "By Tuesday, the ministry said…" and "Read more about the talks in our
 * explainer" stay. English labels only, for now.
 */
final class PageFurniture {

    static final int MAX_LENGTH = 100;

    /** Elements that mark a byline or dateline; see {@link HtmlArticleExtractor} for how much of the page goes. */
    static final String BYLINE_ELEMENTS = "[rel=author], [itemprop=author], .byline, .author, .dateline";

    private static final Pattern LABEL = Pattern.compile("""
            [^\\p{L}\\p{N}]*\
            (?:related(?:\\s+(?:stories|story|articles?|content|coverage|links|news|reading|topics))?\
            |read\\s+more|more\\s+on\\s+this\\s+story|see\\s+also|also\\s+read\
            |advertisement|advert|sponsored(?:\\s+content)?\
            |share(?:\\s+this(?:\\s+(?:article|story|page))?)?\
            |share\\s+on\\s+(?:facebook|twitter|x|linkedin|whatsapp|telegram)\
            |skip\\s+to\\s+(?:main\\s+)?(?:content|navigation)|back\\s+to\\s+top\
            |most\\s+(?:read|popular)|top\\s+stories|sign\\s+up|subscribe|follow\\s+us\
            |listen\\s+to\\s+this\\s+article|image\\s+caption|media\\s+caption|print|email)\
            [^\\p{L}\\p{N}]*""", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\\.?,?\\s*";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String DATE = "(?:\\d{4}-\\d{2}-\\d{2}(?:t\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?"
            + "|" + DAY + "\\s+" + MONTH + ",?\\s+\\d{4}"
            + "|" + MONTH + "\\s+" + DAY + ",?\\s+\\d{4}"
            + "|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})";
    private static final String TIME = "(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
            + "(?:\\s*(?:(?:utc|gmt)(?:[+-]\\d{1,2})?|[a-z]{3,4}))?";
    private static final String DATED = "(?:(?:first\\s+)?published|(?:last\\s+)?updated|posted)(?:\\s+on)?:?\\s*";
    private static final String DATE_PART = "(?:" + DATED + ")?(?:" + WEEKDAY + ")?" + DATE
            + "(?:\\s*[,\u00B7|\u2022\u2013\u2014-]?\\s*" + TIME + ")?";
    private static final String SEPARATOR = "\\s*[,;\u00B7|\u2022\u2013\u2014-]\\s*";

    /** "3 June 2025", "Published: Tue, June 3, 2025 08:15 GMT", "2025-06-03 | Updated 4 June 2025". */
    private static final Pattern DATE_LINE = Pattern.compile(DATE_PART + "(?:" + SEPARATOR + DATE_PART + ")*",
            Pattern.CASE_INSENSITIVE);

    /** Names are capitalised: that tells "By Jane Doe" from "By noon" (a sentence that may continue). */
    private static final String NAME = "\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3}";
    /** "By Jane Doe", "By Jane Doe and Ali Kaya, Reuters", "BY JANE DOE | 3 June 2025 08:15". */
    private static final Pattern BYLINE = Pattern.compile("(?:By|BY|by)\\s+" + NAME
            + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*"
            + "(?:" + SEPARATOR + "(?:" + NAME + "|(?i:" + DATE_PART + ")))*");

    private PageFurniture() {
    }

    /** True if the whole of this (stripped) paragraph is a label, a date line or a byline. */
    static boolean isFurniture(String paragraph) {
        return paragraph.length() <= MAX_LENGTH
                && (LABEL.matcher(paragraph).matches() || DATE_LINE.matcher(paragraph).matches()
                || BYLINE.matcher(paragraph).matches());
    }
}
