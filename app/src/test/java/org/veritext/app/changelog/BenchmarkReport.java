package org.veritext.app.changelog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's table: headings, and rows with one figure per database column, printed in the order added. A
 * figure measured several times is shown as its median with the range after it, so that a reader sees how much
 * the machine's noise moved it.
 */
final class BenchmarkReport {

    private static final String ROW = "%-68s %22s %22s%n";

    private final List<String> columns;
    private final Map<String, String[]> rows = new LinkedHashMap<>();

    BenchmarkReport(List<String> columns) {
        this.columns = columns;
    }

    void heading(String heading) {
        rows.put(heading, null);
    }

    void put(String row, int column, String figure) {
        rows.computeIfAbsent(row, label -> {
            String[] figures = new String[columns.size()];
            Arrays.fill(figures, "n/a");
            return figures;
        })[column] = figure;
    }

    /** Median (min–max) of repeated measurements, without decimals. */
    static String median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        double median = sorted.get(sorted.size() / 2);
        return sorted.size() == 1 ? "%,.0f".formatted(median)
                : "%,.0f (%,.0f–%,.0f)".formatted(median, sorted.getFirst(), sorted.getLast());
    }

    void print(String title) {
        System.out.printf("%n%s%n", title);
        System.out.printf(ROW, "", columns.get(0), columns.get(1));
        rows.forEach((label, figures) -> {
            if (figures == null) {
                System.out.println(label);
            } else {
                System.out.printf(ROW, "  " + label, figures[0], figures[1]);
            }
        });
        System.out.println();
    }
}
