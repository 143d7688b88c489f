package org.veritext.core.names;

/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form (insertions, deletions, substitutions and
 * transpositions of neighbours, no substring edited twice), computed only as far as a limit: callers ask "within
 * 1?" or "within 2?", and most pairs are rejected after a few cells. Counts UTF-16 units; keys are skeletons,
 * almost always ASCII.
 */
final class EditDistance {

    private EditDistance() {
    }

    /** The distance between {@code a} and {@code b} if it is at most {@code limit}, else {@code limit + 1}. */
    static int within(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int tooFar = limit + 1;
        int[] beforePrevious = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMinimum = current[0];
            // Only cells within `limit` of the diagonal can hold a distance within the limit.
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            if (from > 1) {
                current[from - 1] = tooFar;
            }
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, beforePrevious[j - 2] + 1);
                }
                current[j] = Math.min(best, tooFar);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (to < m) {
                current[to + 1] = tooFar;
            }
            if (rowMinimum > limit) {
                return tooFar;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], tooFar);
    }
}
