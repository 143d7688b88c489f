package org.veritext.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest
    @CsvSource({
            "zelensky, zelensky, 0",
            "zelensky, zelenksy, 1",
            "zelensky, zelenky, 1",
            "zelensky, zelenko, 2",
            "putin, puton, 1",
            "ab, ba, 1",
            "'', abc, 3"})
    void countsInsertionsDeletionsSubstitutionsAndTranspositions(String a, String b, int distance) {
        assertThat(EditDistance.within(a, b, 5)).isEqualTo(distance);
    }

    @Test
    void stopsAtTheLimit() {
        assertThat(EditDistance.within("zelensky", "lavrov", 1)).isEqualTo(2);
        assertThat(EditDistance.within("zelensky", "zelenskyyyy", 2)).isEqualTo(3);
    }

    @Test
    void agreesWithTheFullTableOnRandomPairs() {
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? mutate(a, random) : randomWord(random);
            int full = fullDistance(a, b);
            for (int limit = 0; limit <= 3; limit++) {
                assertThat(EditDistance.within(a, b, limit)).as("%s / %s within %d", a, b, limit)
                        .isEqualTo(Math.min(full, limit + 1));
            }
        }
    }

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(10);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(4)));
        }
        return word.toString();
    }

    private static String mutate(String word, Random random) {
        StringBuilder mutated = new StringBuilder(word);
        for (int edits = random.nextInt(4); edits > 0 && !mutated.isEmpty(); edits--) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(3)) {
                case 0 -> mutated.deleteCharAt(at);
                case 1 -> mutated.insert(at, (char) ('a' + random.nextInt(4)));
                default -> mutated.setCharAt(at, (char) ('a' + random.nextInt(4)));
            }
        }
        return mutated.toString();
    }

    /** The textbook optimal-string-alignment table, without limits. */
    private static int fullDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
