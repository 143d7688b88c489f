package org.veritext.app.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up article for benchmarks, the same every run (fixed seed): paragraphs of 2 to 7 sentences, some with
 * emoji or a single line break, every 25th paragraph in Arabic; and claims over it: whole sentences (some across
 * paragraphs), claims nested in them and claims overlapping them. The text is already in Veritext's normal form,
 * so importing it changes no offset.
 */
public record SyntheticArticle(String text, List<int[]> claimRanges) {

    private static final long SEED = 20_240_601L;
    private static final String[] WORDS = ("the government said minister growth economy percent report official "
            + "figures data according to analysts year increase decline budget spending tax inflation rate "
            + "national bank unemployment claimed statement evidence survey million billion since last quarter "
            + "opposition party election voters health schools police crime record highest lowest than more "
            + "less people new rules public services was were is are has have been will would could however")
            .split(" ");
    private static final String[] ARABIC_WORDS = ("قال الوزير إن النمو الاقتصادي بلغ في المئة هذا العام "
            + "وفقا للبيانات الرسمية الصادرة عن البنك المركزي والحكومة").split(" ");
    private static final String[] EMOJI = {"😀", "📈", "🇬🇧", "👍🏽", "🔥"};

    public static SyntheticArticle generate(int targetLength, int claimCount) {
        Random random = new Random(SEED);
        List<int[]> sentences = new ArrayList<>();
        String text = article(random, targetLength, sentences);
        return new SyntheticArticle(text, claims(random, text, sentences, claimCount));
    }

    private static String article(Random random, int targetLength, List<int[]> sentences) {
        StringBuilder text = new StringBuilder(targetLength + 1_000);
        for (int paragraph = 0; text.length() < targetLength; paragraph++) {
            if (paragraph > 0) {
                text.append("\n\n");
            }
            boolean arabic = paragraph % 25 == 12;
            int count = 2 + random.nextInt(6);
            for (int s = 0; s < count; s++) {
                if (s > 0) {
                    text.append(random.nextInt(8) == 0 ? "\n" : " ");
                }
                int start = text.length();
                text.append(sentence(random, arabic ? ARABIC_WORDS : WORDS));
                sentences.add(new int[] {start, text.length()});
            }
        }
        return text.toString();
    }

    private static String sentence(Random random, String[] words) {
        StringBuilder sentence = new StringBuilder();
        int count = 8 + random.nextInt(18);
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                sentence.append(' ');
            }
            String word = words[random.nextInt(words.length)];
            sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            if (random.nextInt(40) == 0) {
                sentence.append(' ').append(EMOJI[random.nextInt(EMOJI.length)]);
            }
        }
        return sentence.append('.').toString();
    }

    private static List<int[]> claims(Random random, String text, List<int[]> sentences, int claimCount) {
        List<int[]> ranges = new ArrayList<>();
        while (ranges.size() < claimCount) {
            int kind = random.nextInt(10);
            if (kind < 5 || ranges.isEmpty()) { // one to three whole sentences
                int first = random.nextInt(sentences.size() - 3);
                ranges.add(new int[] {sentences.get(first)[0], sentences.get(first + random.nextInt(3))[1]});
            } else {
                int[] other = ranges.get(random.nextInt(ranges.size()));
                int length = other[1] - other[0];
                int start = other[0] + random.nextInt(Math.max(1, length / 2));
                int end = kind < 8
                        ? start + 1 + random.nextInt(Math.max(1, other[1] - start - 1)) // nested
                        : Math.min(text.length(), other[1] + 1 + random.nextInt(200)); // overlapping
                start = wholeCodePoint(text, start);
                end = wholeCodePoint(text, end);
                if (start < end && !text.substring(start, end).isBlank()) {
                    ranges.add(new int[] {start, end});
                }
            }
        }
        return ranges;
    }

    private static int wholeCodePoint(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1)) ? offset - 1 : offset;
    }
}
